namespace Khabar.Archive.Dedup.Stories;

/// <summary>Where story clusters live: beside the duplicate groups, following the same store sequence.</summary>
public interface IStoryStore : IDisposable
{
    /// <summary>The article-store sequence the stories reflect.</summary>
    long Sequence { get; }

    /// <summary>Starts one atomic unit of changes.</summary>
    IStoryBatch Begin();

    /// <summary>The story an article belongs to, or null (undated articles have none).</summary>
    long? StoryOf(long id);

    /// <summary>A story's articles, in order of publication.</summary>
    IReadOnlyList<long> Members(long story);

    /// <summary>Stories of at least <paramref name="minSize"/> articles, latest report first, at most <paramref name="limit"/>.</summary>
    IReadOnlyList<long> Latest(int minSize, int limit);

    /// <summary>Forgets every story (before a rebuild).</summary>
    void Clear();
}

/// <summary>One unit of story changes, committed with the article-store sequence it reflects.</summary>
public interface IStoryBatch : IDisposable
{
    /// <summary>
    /// Articles published between the days that carry any of the keys, as (key, article) pairs, at most
    /// <paramref name="limitPerKey"/> per key (earlier days first). It may rarely name an article that does not carry
    /// the key: a caller checks its candidates' keys (<see cref="GetMany"/>).
    /// </summary>
    IReadOnlyList<(long Key, long Id)> WithKeys(IReadOnlyList<long> keys, long fromDay, long toDay, int limitPerKey);

    /// <summary>How many dated articles were published between the days (inclusive).</summary>
    int Published(long fromDay, long toDay);

    /// <summary>An article's story and number of keys, or null.</summary>
    (long Story, int Keys)? Get(long id);

    /// <summary>The story and keys of each of the articles that has one.</summary>
    IReadOnlyDictionary<long, (long Story, long[] Keys)> GetMany(IReadOnlyCollection<long> ids);

    /// <summary>Adds an article to a story with its keys.</summary>
    void Put(long id, long published, long story, IReadOnlyList<long> keys);

    /// <summary>Removes an article and its keys.</summary>
    void Remove(long id);

    /// <summary>Makes the changes durable, recording the article-store sequence they reflect.</summary>
    void Commit(long sequence);
}
