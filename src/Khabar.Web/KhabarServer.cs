using System.Text.Json;
using Khabar.Web.Api;
using Khabar.Web.Hosting;
using Khabar.Web.Ui;
using Microsoft.AspNetCore.Http.Json;

namespace Khabar.Web;

/// <summary>Builds the web server: the JSON API, its OpenAPI document, and the Persian pages, over one archive.</summary>
public static class KhabarServer
{
    /// <summary>The largest request body any endpoint reads (ingest has its own, smaller or equal, cap).</summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    /// <summary>A server ready to run. Without <paramref name="options"/> they come from configuration.</summary>
    public static WebApplication Create(string[] args, ServeOptions? options = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (options?.Urls is { Count: > 0 } urls)
        {
            builder.WebHost.UseUrls([.. urls]);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        var services = builder.Services;
        services.AddSingleton(provider => options ?? ServeOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => ArchiveHost.Open(provider.GetRequiredService<ServeOptions>().Archive));
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = BadRequests.Describe);
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Khabar archive API";
            document.Info.Description = "Search, read, count and export Persian news from a Khabar archive; ingest with a token.";
            return Task.CompletedTask;
        }));
        services.Configure<JsonOptions>(json =>
        {
            json.SerializerOptions.Encoder = WebJson.Encoder;
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        });

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = BadRequests.Status });
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapAssets();
        app.MapApi();
        app.MapPages();
        app.MapFallback(() => Layout.NotFound("صفحه‌ای با این نشانی نیست.")).ExcludeFromDescription();
        return app;
    }
}
