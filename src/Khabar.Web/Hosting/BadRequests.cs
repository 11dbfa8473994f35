namespace Khabar.Web.Hosting;

/// <summary>
/// A request the framework cannot bind (<c>limit=abc</c>, <c>collapse=maybe</c>) is the client's error: its own status
/// (400) and a problem whose detail names the parameter and the value, not a server error.
/// </summary>
internal static class BadRequests
{
    /// <summary>The status for an exception that reached the exception handler.</summary>
    public static int Status(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>Gives a bad request's problem the framework's message, which names the parameter and its value.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.Exception is BadHttpRequestException bad)
        {
            context.ProblemDetails.Detail = bad.Message;
        }
    }
}
