namespace Khabar.Entities.Ner;

/// <summary>
/// The tagger's features for every token of a sentence, as 32-bit hashed ids: word keys in a window of three,
/// word bigrams and trigram, affixes, half-space parts, shape, cluster path prefixes and bigrams, gazetteer marks,
/// marks of names seen in training, paths of a second, wider-context clustering, and (for a model trained on several corpora) a corpus-specific copy of each.
/// </summary>
public sealed class FeatureExtractor(WordClusters clusters, Gazetteer gazetteer, NameLexicon? lexicon = null)
{
    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private static readonly uint Bias = FeatureHash.Feature(0, 0);
    private static readonly uint First = FeatureHash.Feature(24, 1);
    private readonly TokenFacts.Cache facts = new(clusters);

    /// <summary>
    /// The feature ids of each token, in one flat list with offsets (token i owns [offsets[i], offsets[i+1])), with
    /// each token's <paramref name="document"/> features (<see cref="DocumentFeatures"/>) when given.
    /// </summary>
    public (uint[] Features, int[] Offsets) Extract(IReadOnlyList<string> tokens, string? domain = null, NameLexicon? names = null, uint[][]? document = null)
    {
        var n = tokens.Count;
        var scratch = SentenceScratch.For(n);
        Extract(tokens.ToArray(), scratch, DomainHash(domain), names, document);
        return (scratch.Features.AsSpan(0, scratch.Offsets[n]).ToArray(), scratch.Offsets.AsSpan(0, n + 1).ToArray());
    }

    /// <summary>Fills the scratch's keys, features and offsets for the tokens.</summary>
    internal void Extract(ReadOnlySpan<string> tokens, SentenceScratch s, ulong domain = 0, NameLexicon? names = null, uint[][]? document = null)
    {
        var n = tokens.Length;
        var keys = s.Keys;
        var token = s.Facts;
        for (var i = 0; i < n; i++)
        {
            token[i] = facts.Of(tokens[i]);
            keys[i] = token[i].Key;
            s.KeyHash[i] = token[i].KeyHash;
            s.Shape[i] = token[i].Shape;
            s.Paths[i] = token[i].Path;
        }

        gazetteer.Mark(keys.AsSpan(0, n), s.Marks);
        var known = names ?? lexicon;
        if (known is not null)
        {
            known.Gazetteer.Mark(keys.AsSpan(0, n), s.Seen);
        }
        var f = s.Features;
        var at = 0;
        var k = s.KeyHash;
        var shape = s.Shape;
        for (var i = 0; i < n; i++)
        {
            s.Offsets[i] = at;
            var own = token[i].Own;
            ulong k2 = K(k, i - 2, n), k1 = K(k, i - 1, n), k0 = k[i], n1 = K(k, i + 1, n), n2 = K(k, i + 2, n);
            f[at++] = Bias;
            f[at++] = own[0];
            f[at++] = FeatureHash.Feature(2, k1);
            f[at++] = FeatureHash.Feature(3, n1);
            f[at++] = FeatureHash.Feature(4, k2);
            f[at++] = FeatureHash.Feature(5, n2);
            f[at++] = FeatureHash.Feature(6, k1, k0);
            f[at++] = FeatureHash.Feature(7, k0, n1);
            f[at++] = FeatureHash.Feature(8, k2, k1);
            f[at++] = FeatureHash.Feature(9, n1, n2);
            foreach (var affix in token[i].Affixes)
            {
                f[at++] = affix;
            }

            if (i == 0)
            {
                f[at++] = First;
            }

            foreach (var part in token[i].Parts)
            {
                f[at++] = part;
            }

            f[at++] = FeatureHash.Feature(20, K(shape, i - 1, n), shape[i], K(shape, i + 1, n));
            f[at++] = own[1];
            f[at++] = FeatureHash.Feature(22, K(shape, i - 1, n), k0);
            var path = s.Paths[i];
            var none = new ClusterPath(0, 0);
            var previous = i > 0 ? s.Paths[i - 1] : none;
            var next = i + 1 < n ? s.Paths[i + 1] : none;
            f[at++] = own[2];
            f[at++] = own[3];
            f[at++] = own[4];
            f[at++] = own[5];
            f[at++] = FeatureHash.Feature(206, previous.Prefix(6));
            f[at++] = FeatureHash.Feature(216, previous.Prefix(16));
            f[at++] = FeatureHash.Feature(306, next.Prefix(6));
            f[at++] = FeatureHash.Feature(316, next.Prefix(16));
            f[at++] = FeatureHash.Feature(408, (i > 1 ? s.Paths[i - 2] : none).Prefix(8));
            f[at++] = FeatureHash.Feature(508, (i + 2 < n ? s.Paths[i + 2] : none).Prefix(8));
            f[at++] = FeatureHash.Feature(64, k1, path.Prefix(12));
            f[at++] = FeatureHash.Feature(65, path.Prefix(12), n1);
            f[at++] = FeatureHash.Feature(66, i > 0 ? token[i - 1].Suffix2 : Boundary, i + 1 < n ? token[i + 1].Suffix2 : Boundary);
            var g = (ulong)s.Marks[i];
            f[at++] = FeatureHash.Feature(60, g);
            f[at++] = FeatureHash.Feature(61, i > 0 ? (ulong)s.Marks[i - 1] : 99, g);
            f[at++] = FeatureHash.Feature(62, g, i + 1 < n ? (ulong)s.Marks[i + 1] : 99);
            f[at++] = FeatureHash.Feature(63, g, k1);
            {
                // Wider context: cluster bigrams, keys three away, the key trigram, a neighbour's cluster with the key.
                var p8 = previous.Prefix(8);
                var c8 = path.Prefix(8);
                var x8 = next.Prefix(8);
                f[at++] = FeatureHash.Feature(80, p8, c8);
                f[at++] = FeatureHash.Feature(81, c8, x8);
                f[at++] = FeatureHash.Feature(82, K(k, i - 3, n));
                f[at++] = FeatureHash.Feature(83, K(k, i + 3, n));
                f[at++] = FeatureHash.Feature(84, k1, k0, n1);
                f[at++] = FeatureHash.Feature(85, p8, k0);
                f[at++] = FeatureHash.Feature(86, k0, x8);
            }

            if (known is not null)
            {
                var m = (ulong)s.Seen[i];
                f[at++] = FeatureHash.Feature(70, m);
                f[at++] = FeatureHash.Feature(71, i > 0 ? (ulong)s.Seen[i - 1] : 99, m);
                f[at++] = FeatureHash.Feature(72, m, i + 1 < n ? (ulong)s.Seen[i + 1] : 99);
            }

            if (clusters.Wide is not null)
            {
                // The second, wider-context clustering: the token's path prefixes and its neighbours' at 8 bits.
                foreach (var wide in token[i].WideOwn)
                {
                    f[at++] = wide;
                }

                f[at++] = FeatureHash.Feature(620, (i > 0 ? token[i - 1].WidePath : default).Prefix(8));
                f[at++] = FeatureHash.Feature(621, (i + 1 < n ? token[i + 1].WidePath : default).Prefix(8));
            }
            if (document is not null)
            {
                foreach (var feature in document[i])
                {
                    f[at++] = feature;
                }
            }

            if (domain != 0)
            {
                // Each feature again, specific to the corpus's conventions (feature augmentation); the plain copy is shared.
                var end = at;
                for (var j = s.Offsets[i]; j < end; j++)
                {
                    f[at++] = FeatureHash.Feature(999, f[j], domain);
                }
            }
        }

        s.Offsets[n] = at;
    }

    /// <summary>The hash of a domain name, or 0 for none.</summary>
    internal static ulong DomainHash(string? domain) => string.IsNullOrEmpty(domain) ? 0 : FeatureHash.Of(domain);

    private static ulong K(ulong[] values, int i, int n) => i >= 0 && i < n ? values[i] : Boundary;
}
