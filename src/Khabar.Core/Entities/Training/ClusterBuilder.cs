using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>
/// Learns word clusters from unlabeled text: each frequent word is described by the frequent words seen just
/// before and after it, and the words are split in two again and again by spherical 2-means, which gives each
/// word a binary path (like Brown clusters, at a fraction of the cost). With <paramref name="window"/> 2 the words two
/// before and two after count too, each position apart.
/// </summary>
public sealed class ClusterBuilder(int vocabulary = 60000, int contexts = 300, int maxDepth = 16, int seed = 11, int window = 1)
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
        // Per position (-window … -1, +1 … +window) a block of context words; then "sentence start" and "sentence end".
        var positions = 2 * window;
        var dims = positions * contexts + 2;
        var vectors = new float[words.Count * dims];
        foreach (var keys in Sentences(texts()))
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (!words.TryGetValue(keys[i], out var w))
                {
                    continue;
                }

                if (i == 0)
                {
                    vectors[w * dims + positions * contexts] += 1;
                }

                if (i + 1 == keys.Length)
                {
                    vectors[w * dims + positions * contexts + 1] += 1;
                }

                for (var d = 1; d <= window; d++)
                {
                    if (i - d >= 0 && context.TryGetValue(keys[i - d], out var l))
                    {
                        vectors[w * dims + (window - d) * contexts + l] += 1;
                    }

                    if (i + d < keys.Length && context.TryGetValue(keys[i + d], out var r))
                    {
                        vectors[w * dims + (window + d - 1) * contexts + r] += 1;
                    }
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
