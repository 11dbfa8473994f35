namespace Khabar.Web.Hosting;

/// <summary>
/// Headers on every response: a Content-Security-Policy that allows no script at all and nothing from outside the
/// app, no MIME sniffing, no framing, no referrer. Article fields are untrusted; escaping keeps them text, and this
/// policy keeps anything that slipped through inert.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy of every page: styles, fonts and images from the app only; no script, frame or plugin.</summary>
    public const string Policy =
        "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; " +
        "base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Adds the headers before the response starts.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
