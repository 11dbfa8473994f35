using Khabar.Entities.Training;

namespace Khabar.Core.Tests.Entities;

public sealed class ClusterBuilderTests
{
    // Two families of words: both seen between "q" and "r", one family with "p … s" two away, the other with "t … u".
    private static readonly string[] FamilyA = ["الف", "ب", "پ", "ت"];
    private static readonly string[] FamilyB = ["ث", "ج", "چ", "ح"];

    private static IEnumerable<string> Texts()
    {
        for (var round = 0; round < 5; round++)
        {
            foreach (var a in FamilyA)
            {
                yield return $"p q {a} r s";
            }

            foreach (var b in FamilyB)
            {
                yield return $"t q {b} r u";
            }
        }
    }

    [Fact]
    public void Only_a_window_of_two_tells_the_families_apart_by_the_words_two_away()
    {
        // With one word either side the families' context vectors are the same, so no split can part them; with two,
        // they differ (whether a given split parts them depends on its random start, so several seeds are tried).
        var parted = new List<bool>();
        foreach (var window in new[] { 1, 2 })
        {
            var any = false;
            for (var seed = 1; seed <= 8; seed++)
            {
                var clusters = new ClusterBuilder(contexts: 6, seed: seed, window: window).Build(Texts);
                Assert.All(FamilyA, w => Assert.Equal(clusters.Of(FamilyA[0]), clusters.Of(w)));
                Assert.All(FamilyB, w => Assert.Equal(clusters.Of(FamilyB[0]), clusters.Of(w)));
                any |= clusters.Of(FamilyA[0]) != clusters.Of(FamilyB[0]);
            }

            parted.Add(any);
        }

        Assert.Equal([false, true], parted);
    }

    [Fact]
    public void Empty_and_odd_text_gives_no_paths_and_does_not_throw()
    {
        Assert.Empty(new ClusterBuilder(window: 2).Build(() => ["", "\n\n", "؟", "\u200C\u200E"]).Paths);
    }
}
