using System.Text.Encodings.Web;

namespace Khabar.Web.Api;

/// <summary>
/// JSON encoding of the API, the same as the command line's: Persian and + stay readable. JSON is served as
/// application/json with nosniff and a no-script policy, never inside a page, so HTML characters need no escaping.
/// </summary>
internal static class WebJson
{
    /// <summary>The encoder every API response uses.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
