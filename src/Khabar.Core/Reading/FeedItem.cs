using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khabar.Reading;

/// <summary>One RSS or Atom item as the feed gave it; carried to the extractor as the text of a page.</summary>
public sealed record FeedItem
{
    /// <summary>The media type of pages that hold one serialized feed item.</summary>
    public const string MediaType = "application/x-khabar-feed-item+json";

    public string? Title { get; init; }

    public string? Link { get; init; }

    /// <summary>The description or summary, usually HTML.</summary>
    public string? Summary { get; init; }

    /// <summary>The full content (content:encoded, Atom content), usually HTML.</summary>
    public string? Content { get; init; }

    /// <summary>The date exactly as the feed wrote it (pubDate, dc:date, published, updated).</summary>
    public string? Published { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Id { get; init; }

    public string? Author { get; init; }

    /// <summary>The feed's own title, e.g. the outlet.</summary>
    public string? FeedTitle { get; init; }

    /// <summary>The item as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, FeedItemJson.Default.FeedItem);

    /// <summary>The item from JSON, or null when the text is not one.</summary>
    public static FeedItem? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, FeedItemJson.Default.FeedItem);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Source-generated JSON for <see cref="FeedItem"/>.</summary>
[JsonSerializable(typeof(FeedItem))]
internal sealed partial class FeedItemJson : JsonSerializerContext;
