using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

/// <summary>
/// The tagger as first written — string keys and shapes, one dictionary lookup per feature, a plain Viterbi under
/// the same breaks (<see cref="NameBreaks"/>) — kept to check that the fast path gives the very same tags.
/// </summary>
internal sealed class ReferenceTagger
{
    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private readonly NerModel model;
    private readonly Gazetteer gazetteer;
    private readonly Dictionary<uint, float[]> rows = [];

    public ReferenceTagger(NerModel model)
    {
        this.model = model;
        gazetteer = NerModel.BuildGazetteer(model.Seeds);
        for (var r = 0; r < model.Table.Ids.Length; r++)
        {
            rows[model.Table.Ids[r]] = model.Table.Row(r).ToArray();
        }
    }

    public string[] Tag(IReadOnlyList<string> tokens, uint[][]? document = null)
    {
        var t = model.Tags.Count;
        var n = tokens.Count;
        var emissions = new float[n * t];
        var features = Features(tokens, document);
        for (var i = 0; i < n; i++)
        {
            foreach (var f in features[i])
            {
                if (rows.TryGetValue(f, out var w))
                {
                    for (var y = 0; y < t; y++)
                    {
                        emissions[i * t + y] += w[y];
                    }
                }
            }
        }

        NameBreaks.Apply(tokens.Select(TokenText.Key).ToArray(), emissions, model.Tags);
        return Decode(emissions, n, t).Select(model.Tags.Iob2).ToArray();
    }

    /// <summary>The tags of each sentence of a document, with the document features the model asks for.</summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var document = model.DocumentWindow > 0 ? DocumentFeatures.Of(sentences, model.DocumentWindow) : null;
        return sentences.Select((s, k) => Tag(s, document?[k])).ToArray();
    }

    private List<uint>[] Features(IReadOnlyList<string> tokens, uint[][]? document)
    {
        var n = tokens.Count;
        var keys = tokens.Select(TokenText.Key).ToArray();
        var kh = keys.Select(FeatureHash.Of).ToArray();
        var shape = tokens.Select(x => FeatureHash.Of(TokenText.Shape(x))).ToArray();
        var paths = keys.Select(model.Clusters.Of).ToArray();
        var gaz = gazetteer.Mark(keys, EntityTypes.All);
        var seen = model.Lexicon.Gazetteer.Mark(keys, EntityTypes.All);
        var domain = model.Info.TryGetValue("domain", out var name) ? FeatureHash.Of(name) : 0;
        ulong K(ulong[] v, int i) => i >= 0 && i < n ? v[i] : Boundary;
        ClusterPath P(int i) => i >= 0 && i < n ? paths[i] : default;
        ulong Suffix(int i) => i >= 0 && i < n ? FeatureHash.Of(keys[i].AsSpan(Math.Max(0, keys[i].Length - 2))) : Boundary;
        var all = new List<uint>[n];
        for (var i = 0; i < n; i++)
        {
            var f = all[i] = [];
            ulong k2 = K(kh, i - 2), k1 = K(kh, i - 1), k0 = kh[i], n1 = K(kh, i + 1), n2 = K(kh, i + 2);
            f.AddRange([FeatureHash.Feature(0, 0), FeatureHash.Feature(1, k0), FeatureHash.Feature(2, k1), FeatureHash.Feature(3, n1),
                FeatureHash.Feature(4, k2), FeatureHash.Feature(5, n2), FeatureHash.Feature(6, k1, k0), FeatureHash.Feature(7, k0, n1),
                FeatureHash.Feature(8, k2, k1), FeatureHash.Feature(9, n1, n2)]);
            var key = keys[i];
            for (var length = 1; length <= 4; length++)
            {
                if (key.Length > length)
                {
                    f.Add(FeatureHash.Feature(10 + length, FeatureHash.Of(key[..length])));
                    f.Add(FeatureHash.Feature(14 + length, FeatureHash.Of(key[^length..])));
                }
            }

            f.Add(FeatureHash.Feature(23, (ulong)Math.Min(key.Length, 12)));
            if (i == 0)
            {
                f.Add(FeatureHash.Feature(24, 1));
            }

            var parts = TokenText.Parts(tokens[i]);
            if (parts.Length > 1)
            {
                f.Add(FeatureHash.Feature(25, FeatureHash.Of(TokenText.Key(parts[0]))));
                f.Add(FeatureHash.Feature(26, FeatureHash.Of(TokenText.Key(parts[^1]))));
            }

            f.AddRange([FeatureHash.Feature(20, K(shape, i - 1), shape[i], K(shape, i + 1)), FeatureHash.Feature(21, shape[i]),
                FeatureHash.Feature(22, K(shape, i - 1), k0)]);
            foreach (var (template, offset, lengths) in new (int, int, int[])[] { (100, 0, [4, 8, 12, 16]), (200, -1, [6, 16]), (300, 1, [6, 16]), (400, -2, [8]), (500, 2, [8]) })
            {
                f.AddRange(lengths.Select(length => FeatureHash.Feature(template + length, P(i + offset).Prefix(length))));
            }

            f.AddRange([FeatureHash.Feature(64, k1, paths[i].Prefix(12)), FeatureHash.Feature(65, paths[i].Prefix(12), n1),
                FeatureHash.Feature(66, Suffix(i - 1), Suffix(i + 1))]);
            var g = (ulong)gaz[i];
            f.AddRange([FeatureHash.Feature(60, g), FeatureHash.Feature(61, i > 0 ? (ulong)gaz[i - 1] : 99, g),
                FeatureHash.Feature(62, g, i + 1 < n ? (ulong)gaz[i + 1] : 99), FeatureHash.Feature(63, g, k1)]);
            ulong C8(int at) => P(at).Prefix(8);
            f.AddRange([FeatureHash.Feature(80, C8(i - 1), C8(i)), FeatureHash.Feature(81, C8(i), C8(i + 1)),
                FeatureHash.Feature(82, K(kh, i - 3)), FeatureHash.Feature(83, K(kh, i + 3)), FeatureHash.Feature(84, k1, k0, n1),
                FeatureHash.Feature(85, C8(i - 1), k0), FeatureHash.Feature(86, k0, C8(i + 1))]);
            if (model.Lexicon.Entries.Count > 0)
            {
                var m = (ulong)seen[i];
                f.AddRange([FeatureHash.Feature(70, m), FeatureHash.Feature(71, i > 0 ? (ulong)seen[i - 1] : 99, m),
                    FeatureHash.Feature(72, m, i + 1 < n ? (ulong)seen[i + 1] : 99)]);
            }

            if (model.Clusters.Wide is { } wide)
            {
                ClusterPath W(int at) => at >= 0 && at < n ? wide.Of(keys[at]) : default;
                f.AddRange(new[] { 4, 8, 12, 16 }.Select(length => FeatureHash.Feature(600 + length, W(i).Prefix(length))));
                f.AddRange([FeatureHash.Feature(620, W(i - 1).Prefix(8)), FeatureHash.Feature(621, W(i + 1).Prefix(8))]);
            }

            if (document is not null)
            {
                f.AddRange(document[i]);
            }

            if (domain != 0)
            {
                f.AddRange(f.ToList().Select(x => FeatureHash.Feature(999, x, domain)));
            }
        }

        return all;
    }

    private int[] Decode(float[] emissions, int n, int t)
    {
        var tr = model.Transitions;
        var score = new float[n * t];
        var back = new int[n * t];
        for (var y = 0; y < t && n > 0; y++)
        {
            score[y] = model.Tags.IsInside(y) ? float.NegativeInfinity : tr[t * t + y] + emissions[y];
        }

        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < t; y++)
            {
                var (top, arg) = (float.NegativeInfinity, 0);
                for (var p = 0; p < t; p++)
                {
                    if (model.Tags.CanFollow(p, y) && score[(i - 1) * t + p] + tr[p * t + y] is var s && s > top)
                    {
                        (top, arg) = (s, p);
                    }
                }

                (score[i * t + y], back[i * t + y]) = (top + emissions[i * t + y], arg);
            }
        }

        var best = new int[n];
        var last = n == 0 ? 0 : Enumerable.Range(0, t).Aggregate(0, (b, y) => model.Tags.CanEnd(y) && score[(n - 1) * t + y] > score[(n - 1) * t + b] ? y : b);
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = last;
            last = back[i * t + last];
        }

        return best;
    }
}
