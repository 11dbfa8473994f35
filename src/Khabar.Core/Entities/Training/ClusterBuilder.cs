using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// Learns word clusters from unlabeled text: each frequent word is described by the frequent words seen just
/// before and after it, and the words are split in two again and again by spherical 2-means, which gives each
/// word a binary path (like Brown clusters, at a fraction of the cost).
/// </summary>
public sealed class ClusterBuilder(int vocabulary = 60000, int contexts = 300, int maxDepth = 16, int seed = 11)
{
    /// <summary>The clusters of the texts' words.</summary>
    public WordClusters Build(Func<IEnumerable<string>> texts, TextWriter? log = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var keys in Sentences(texts()))
        {
            foreach (var key in keys)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var ranked = counts.Where(p => p.Value >= 3).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var words = ranked.Take(vocabulary).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var context = ranked.Take(contexts).Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var dims = 2 * contexts + 2;
        var vectors = new float[words.Count * dims];
        foreach (var keys in Sentences(texts()))
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (!words.TryGetValue(keys[i], out var w))
                {
                    continue;
                }

                var left = i == 0 ? 2 * contexts : context.TryGetValue(keys[i - 1], out var l) ? l : -1;
                var right = i + 1 == keys.Length ? 2 * contexts + 1 : context.TryGetValue(keys[i + 1], out var r) ? contexts + r : -1;
                if (left >= 0)
                {
                    vectors[w * dims + left] += 1;
                }

                if (right >= 0)
                {
                    vectors[w * dims + right] += 1;
                }
            }
        }

        Hellinger(vectors, dims);
        log?.WriteLine($"clusters: {counts.Count} word types, {words.Count} clustered, {dims} context dimensions");
        var paths = new BisectingKMeans(vectors, dims, maxDepth, seed).Paths(words.Count);
        return new WordClusters(words.ToDictionary(p => p.Key, p => paths[p.Value], StringComparer.Ordinal));
    }

    /// <summary>The token keys of each line of each text.</summary>
    public static IEnumerable<string[]> Sentences(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                var tokens = NerTokenizer.Tokenize(line);
                if (tokens.Count > 0)
                {
                    yield return tokens.Select(t => TokenText.Key(t.Text)).ToArray();
                }
            }
        }
    }

    private static void Hellinger(float[] vectors, int dims)
    {
        for (var start = 0; start < vectors.Length; start += dims)
        {
            var row = vectors.AsSpan(start, dims);
            var sum = 0f;
            foreach (var v in row)
            {
                sum += v;
            }

            for (var d = 0; d < dims; d++)
            {
                // sqrt of the context distribution; rows have unit length, so dot products are cosines.
                row[d] = sum > 0 ? MathF.Sqrt(row[d] / sum) : 0;
            }
        }
    }
}
