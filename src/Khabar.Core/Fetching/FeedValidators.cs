using System.Collections.Concurrent;

namespace Khabar.Fetching;

/// <summary>
/// Conditional GET for feeds across runs: the last validators of each feed URL are sent with its next fetch, and a
/// feed's new validators are kept only when the run says its items are stored (<see cref="Save"/>), so a run that
/// fails half-way fetches the feed whole again next time instead of hearing "not modified" for items it lost.
/// </summary>
public sealed class FeedValidators(IValidatorStore lasting)
{
    private readonly ConcurrentDictionary<string, (string FinalUrl, Validators Validators)> fetched = new(StringComparer.Ordinal);

    /// <summary>The validators to send with a fetch of the URL, or null.</summary>
    public Validators? Find(string url) => lasting.Find(url);

    /// <summary>Notes the validators of a feed fetched this run; <paramref name="finalUrl"/> is where redirects ended.</summary>
    public void Fetched(string url, string finalUrl, Validators validators)
    {
        if (validators.Any)
        {
            fetched[url] = (finalUrl, validators);
        }
    }

    /// <summary>Keeps the validators of every feed fetched this run except those with a failed item.</summary>
    /// <param name="failedSources">Sources of items that failed (<c>URL#item3</c>, or the URL itself).</param>
    public int Save(IEnumerable<string> failedSources)
    {
        var failed = failedSources.Select(s => s.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        var saved = 0;
        foreach (var (url, (finalUrl, validators)) in fetched)
        {
            if (!failed.Contains(url) && !failed.Contains(finalUrl))
            {
                lasting.Keep(url, validators);
                saved++;
            }
        }

        return saved;
    }
}
