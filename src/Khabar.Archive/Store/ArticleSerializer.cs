using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>
/// The article as the store keeps it: compact JSON, every field, read back exactly. Persian letters are written as
/// themselves (two bytes of UTF-8 each) rather than as <c>\uXXXX</c> escapes (six), which made the stored text three
/// times its size; JSON written either way reads back the same.
/// </summary>
public static class ArticleSerializer
{
    private static readonly StoreJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The article as JSON.</summary>
    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Context.Article);

    /// <summary>The article from its stored JSON.</summary>
    public static Article Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Article)
        ?? throw new InvalidDataException("stored article is JSON null");

    /// <summary>
    /// Whether stored JSON holds the same article as <paramref name="json"/> (written by <see cref="Serialize"/>):
    /// equal text, or JSON written with escaped letters that reads back to it.
    /// </summary>
    public static bool Same(string stored, string json) =>
        stored == json || (stored.Contains("\\u", StringComparison.Ordinal) && Serialize(Deserialize(stored)) == json);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Article))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
