namespace Khabar.Bench.Archive;

/// <summary>A temporary folder removed on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("khabar-bench-").FullName;

    public void Dispose() => Directory.Delete(Path, true);
}
