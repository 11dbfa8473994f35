namespace Khabar.Web.Api;

/// <summary>RFC 9457 problem details for the API's errors, with a short title per kind.</summary>
internal static class Problems
{
    /// <summary>400: the request cannot be served as asked.</summary>
    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: 400, title: "Bad request");

    /// <summary>404: nothing with that id or path.</summary>
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: 404, title: "Not found");
}
