using System.Text.Encodings.Web;
using System.Text.Json;

namespace Khabar.Output;

/// <summary>JSON writer settings shared by every JSON output: Persian stays readable, not \u-escaped.</summary>
public static class JsonSettings
{
    /// <summary>Writer options, indented or compact.</summary>
    public static JsonWriterOptions Writer(bool indented) => new()
    {
        Indented = indented,
        // JSON output is data for programs and terminals, never embedded in HTML unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>ISO 8601 with the offset, to the second: 2024-03-30T11:00:01+03:30.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
