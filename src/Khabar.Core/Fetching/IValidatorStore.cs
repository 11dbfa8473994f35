namespace Khabar.Fetching;

/// <summary>Where the validators of fetched feeds last between runs (the archive keeps them beside its articles).</summary>
public interface IValidatorStore
{
    /// <summary>The validators of the last complete fetch of the URL, or null.</summary>
    Validators? Find(string url);

    /// <summary>Remembers the validators of a fetch whose items are all safely stored.</summary>
    void Keep(string url, Validators validators);
}
