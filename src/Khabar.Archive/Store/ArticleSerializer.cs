using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Khabar.Model;

namespace Khabar.Archive.Store;

/// <summary>The article as the store keeps it: compact JSON, every field, read back exactly.</summary>
public static class ArticleSerializer
{
    /// <summary>The article as JSON.</summary>
    public static string Serialize(Article article) => JsonSerializer.Serialize(article, StoreJsonContext.Default.Article);

    /// <summary>The article from its stored JSON.</summary>
    public static Article Deserialize(string json) =>
        JsonSerializer.Deserialize(json, StoreJsonContext.Default.Article)
        ?? throw new InvalidDataException("stored article is JSON null");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Article))]
internal sealed partial class StoreJsonContext : JsonSerializerContext
{
    static StoreJsonContext() => _ = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
}
