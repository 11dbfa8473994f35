using Khabar.Reading;

namespace Khabar.Core.Tests.Reading;

/// <summary>Random Persian and random bytes as command-line paths: an item for each, and an error naming the path.</summary>
public sealed class RandomPathTests
{
    [Fact]
    public void Random_paths_that_name_nothing_are_errors_naming_them()
    {
        var random = new Random(1403_09_01);
        var paths = Enumerable.Range(0, 2000)
            .Select(_ => "/nonexistent-" + RandomText.Any(random, 80))
            .ToList();

        var items = InputPaths.Expand(paths, () => Stream.Null).ToList();
        var results = Extract.Pipeline.Run(items).ToList();

        Assert.Equal(paths, items.Select(i => i.Source));
        Assert.Equal(paths, results.Select(r => r.Error?.Source));
        Assert.All(results, r => Assert.Equal("no such file or folder", r.Error?.Reason));
    }
}
