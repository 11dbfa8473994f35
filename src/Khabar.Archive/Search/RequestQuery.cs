using Khabar.Archive.Index;
using Lucene.Net.Search;

namespace Khabar.Archive.Search;

/// <summary>The Lucene query a search request stands for: its parsed text within its dates.</summary>
internal static class RequestQuery
{
    /// <summary>The query, or a message that says what is wrong with the request's text.</summary>
    public static (Query? Query, string? Error) Of(SearchRequest request)
    {
        var (parsed, error) = KhabarQueryParser.TryParse(request.Query);
        return parsed is null ? (null, error) : (Within(parsed, request.From, request.To), null);
    }

    /// <summary>The query limited to documents published within the dates (both included; null is open).</summary>
    public static Query Within(Query query, DateTimeOffset? from, DateTimeOffset? to) => from is null && to is null
        ? query
        : new FilteredQuery(query, NumericRangeFilter.NewInt64Range(IndexFields.Published, from?.ToUnixTimeSeconds(), to?.ToUnixTimeSeconds(), true, true));
}
