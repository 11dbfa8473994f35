using System.Runtime.CompilerServices;

namespace Khabar.Entities.Ner;

/// <summary>
/// The emission scores of a sentence — the sum, per token, of the weight rows of its features — computed without
/// listing the feature ids first: the rows of features that depend on one token alone come from that token's
/// <see cref="WordRows"/>, those of gazetteer and lexicon marks from small tables, and only features that join
/// two or more tokens are hashed and looked up. Rows are added in exactly the order of
/// <see cref="FeatureExtractor"/>'s features (unknown ones adding the row of zeros), so the scores are the same
/// to the last bit as those of extracting, resolving and summing.
/// </summary>
internal sealed class EmissionScorer
{
    private const int MarkSlots = 17;
    private const int NoMark = 99;

    // Features per token that join it with others: key and shape n-grams, keys with neighbours' cluster paths, and so on.
    private const int JointFeatures = 15;
    private static readonly ulong Boundary = FeatureHash.Of("<s>");
    private readonly WeightTable table;
    private readonly ulong domain;
    private readonly WordClusters clusters;
    private readonly Gazetteer gazetteer;
    private readonly NameLexicon? lexicon;
    private readonly BoundedCache<WordRows> words;
    private readonly WordRows.RowResolver resolve;
    private readonly WordRows boundary;
    private readonly (uint Shared, uint Domain) bias;
    private readonly (uint Shared, uint Domain) first;
    private readonly MarkRows gazetteerRows;
    private readonly MarkRows? lexiconRows;
    private readonly int gazetteerVersion;
    private readonly int lexiconVersion;

    /// <summary>A scorer over a model's weights for the features <see cref="FeatureExtractor"/> gives with these parts.</summary>
    public EmissionScorer(WeightTable table, ulong domain, WordClusters clusters, Gazetteer gazetteer, NameLexicon? lexicon, int capacity = 200_000)
    {
        this.table = table;
        this.domain = domain;
        this.clusters = clusters;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        words = new BoundedCache<WordRows>(capacity);
        gazetteerVersion = gazetteer.Version;
        lexiconVersion = lexicon?.Gazetteer.Version ?? 0;
        resolve = Pair;
        boundary = WordRows.BoundaryOf(resolve);
        bias = Pair(FeatureHash.Feature(0, 0));
        first = Pair(FeatureHash.Feature(24, 1));
        gazetteerRows = new MarkRows(60, resolve);
        lexiconRows = lexicon is null ? null : new MarkRows(70, resolve);
    }

    /// <summary>Fills <paramref name="emissions"/> (n × tags) for the tokens, and the scratch's keys.</summary>
    public void Score(ReadOnlySpan<string> tokens, SentenceScratch s, Span<float> emissions, uint[][]? document = null)
    {
        var n = tokens.Length;
        var w = s.Words;
        var keys = s.Keys;
        for (var i = 0; i < n; i++)
        {
            var token = tokens[i];
            var word = words.TryGet(token, out var known) ? known : words.Add(token, new WordRows(token, clusters, resolve, gazetteer, lexicon?.Gazetteer));
            w[i] = word;
            keys[i] = word.TokenKey!;
            s.Starts[i] = word.GazetteerStart;
            s.SeenStarts[i] = word.LexiconStart;
        }

        if (gazetteer.Version == gazetteerVersion && (lexicon is null || lexicon.Gazetteer.Version == lexiconVersion))
        {
            gazetteer.Mark(keys.AsSpan(0, n), s.Starts.AsSpan(0, n), s.Marks);
            lexicon?.Gazetteer.Mark(keys.AsSpan(0, n), s.SeenStarts.AsSpan(0, n), s.Seen);
        }
        else
        {
            // Names were added after the words were cached: look every key up again.
            gazetteer.Mark(keys.AsSpan(0, n), s.Marks);
            lexicon?.Gazetteer.Mark(keys.AsSpan(0, n), s.Seen);
        }
        // The features that join tokens, for the whole sentence first: hashed in one pass and looked up in another,
        // so that the table's cache misses overlap.
        var copies = domain == 0 ? 1 : 2;
        var joint = s.Features;
        var q = 0;
        for (var i = 0; i < n; i++)
        {
            var c = w[i];
            var p1 = i > 0 ? w[i - 1] : boundary;
            var p2 = i > 1 ? w[i - 2] : boundary;
            var n1 = i + 1 < n ? w[i + 1] : boundary;
            var n2 = i + 2 < n ? w[i + 2] : boundary;
            ulong k0 = c.KeyHash, k1 = p1.KeyHash, k2 = p2.KeyHash, x1 = n1.KeyHash, x2 = n2.KeyHash;
            joint[q++] = FeatureHash.Feature(6, k1, k0);
            joint[q++] = FeatureHash.Feature(7, k0, x1);
            joint[q++] = FeatureHash.Feature(8, k2, k1);
            joint[q++] = FeatureHash.Feature(9, x1, x2);
            joint[q++] = FeatureHash.Feature(20, p1.ShapeHash, c.ShapeHash, n1.ShapeHash);
            joint[q++] = FeatureHash.Feature(22, p1.ShapeHash, k0);
            joint[q++] = FeatureHash.Feature(64, k1, c.Prefix12);
            joint[q++] = FeatureHash.Feature(65, c.Prefix12, x1);
            joint[q++] = FeatureHash.Feature(66, p1.Suffix2, n1.Suffix2);
            joint[q++] = FeatureHash.Feature(63, (ulong)s.Marks[i], k1);
            joint[q++] = FeatureHash.Feature(80, p1.Prefix8, c.Prefix8);
            joint[q++] = FeatureHash.Feature(81, c.Prefix8, n1.Prefix8);
            joint[q++] = FeatureHash.Feature(84, k1, k0, x1);
            joint[q++] = FeatureHash.Feature(85, p1.Prefix8, k0);
            joint[q++] = FeatureHash.Feature(86, k0, n1.Prefix8);
            if (copies == 2)
            {
                for (var j = q - JointFeatures; j < q; j++)
                {
                    joint[j + JointFeatures] = FeatureHash.Feature(999, joint[j], domain);
                }

                q += JointFeatures;
            }
        }

        table.Resolve(joint.AsSpan(0, q));
        var t = table.Tags;
        var r = s.Rows;
        var wide = clusters.Wide is not null;
        for (var i = 0; i < n; i++)
        {
            var at = 0;
            var dt = SentenceScratch.MaxFeaturesPerToken;
            var c = w[i];
            var p1 = i > 0 ? w[i - 1] : boundary;
            var p2 = i > 1 ? w[i - 2] : boundary;
            var p3 = i > 2 ? w[i - 3] : boundary;
            var n1 = i + 1 < n ? w[i + 1] : boundary;
            var n2 = i + 2 < n ? w[i + 2] : boundary;
            var n3 = i + 3 < n ? w[i + 3] : boundary;
            var j = joint.AsSpan(i * copies * JointFeatures, copies * JointFeatures);
            Put(r, ref at, ref dt, bias);
            Word(r, ref at, ref dt, c, WordRows.Key);
            Word(r, ref at, ref dt, p1, WordRows.AsPrevious);
            Word(r, ref at, ref dt, n1, WordRows.AsNext);
            Word(r, ref at, ref dt, p2, WordRows.AsPrevious2);
            Word(r, ref at, ref dt, n2, WordRows.AsNext2);
            Joint(r, ref at, ref dt, j, 0);
            Joint(r, ref at, ref dt, j, 1);
            Joint(r, ref at, ref dt, j, 2);
            Joint(r, ref at, ref dt, j, 3);
            for (var a = 0; a < c.Affixes; a++)
            {
                Word(r, ref at, ref dt, c, WordRows.FirstAffix + a);
            }

            if (i == 0)
            {
                Put(r, ref at, ref dt, first);
            }

            for (var a = 0; a < c.Parts; a++)
            {
                Word(r, ref at, ref dt, c, WordRows.FirstAffix + c.Affixes + a);
            }

            Joint(r, ref at, ref dt, j, 4);
            Word(r, ref at, ref dt, c, WordRows.Shape);
            Joint(r, ref at, ref dt, j, 5);
            Word(r, ref at, ref dt, c, WordRows.Path4);
            Word(r, ref at, ref dt, c, WordRows.Path8);
            Word(r, ref at, ref dt, c, WordRows.Path12);
            Word(r, ref at, ref dt, c, WordRows.Path16);
            Word(r, ref at, ref dt, p1, WordRows.AsPreviousPath6);
            Word(r, ref at, ref dt, p1, WordRows.AsPreviousPath16);
            Word(r, ref at, ref dt, n1, WordRows.AsNextPath6);
            Word(r, ref at, ref dt, n1, WordRows.AsNextPath16);
            Word(r, ref at, ref dt, p2, WordRows.AsPrevious2Path8);
            Word(r, ref at, ref dt, n2, WordRows.AsNext2Path8);
            Joint(r, ref at, ref dt, j, 6);
            Joint(r, ref at, ref dt, j, 7);
            Joint(r, ref at, ref dt, j, 8);
            var g = s.Marks[i];
            Put(r, ref at, ref dt, gazetteerRows.One(g));
            Put(r, ref at, ref dt, gazetteerRows.Before(i > 0 ? s.Marks[i - 1] : NoMark, g));
            Put(r, ref at, ref dt, gazetteerRows.After(g, i + 1 < n ? s.Marks[i + 1] : NoMark));
            Joint(r, ref at, ref dt, j, 9);
            Joint(r, ref at, ref dt, j, 10);
            Joint(r, ref at, ref dt, j, 11);
            Word(r, ref at, ref dt, p3, WordRows.AsPrevious3);
            Word(r, ref at, ref dt, n3, WordRows.AsNext3);
            Joint(r, ref at, ref dt, j, 12);
            Joint(r, ref at, ref dt, j, 13);
            Joint(r, ref at, ref dt, j, 14);
            if (lexiconRows is not null)
            {
                var m = s.Seen[i];
                Put(r, ref at, ref dt, lexiconRows.One(m));
                Put(r, ref at, ref dt, lexiconRows.Before(i > 0 ? s.Seen[i - 1] : NoMark, m));
                Put(r, ref at, ref dt, lexiconRows.After(m, i + 1 < n ? s.Seen[i + 1] : NoMark));
            }

            if (wide)
            {
                Word(r, ref at, ref dt, c, WordRows.Wide4);
                Word(r, ref at, ref dt, c, WordRows.Wide8);
                Word(r, ref at, ref dt, c, WordRows.Wide12);
                Word(r, ref at, ref dt, c, WordRows.Wide16);
                Word(r, ref at, ref dt, p1, WordRows.AsPreviousWide8);
                Word(r, ref at, ref dt, n1, WordRows.AsNextWide8);
            }

            if (document is not null)
            {
                foreach (var feature in document[i])
                {
                    Put(r, ref at, ref dt, Pair(feature));
                }
            }

            // The corpus copies follow the shared ones, as in the feature list.
            var count = copies == 1 ? 0 : dt - SentenceScratch.MaxFeaturesPerToken;
            r.AsSpan(SentenceScratch.MaxFeaturesPerToken, count).CopyTo(r.AsSpan(at));
            table.Sum(r.AsSpan(0, at + count), emissions.Slice(i * t, t));
        }
    }

    private (uint Shared, uint Domain) Pair(uint feature) =>
        ((uint)table.RowOf(feature), domain == 0 ? (uint)table.Zero : (uint)table.RowOf(FeatureHash.Feature(999, feature, domain)));

    // Unknown features add the row of zeros, which changes no sum (it starts at +0, so it is never -0): every row is
    // added, and no branch depends on whether a feature is known.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(uint[] r, ref int at, ref int dt, (uint Shared, uint Domain) rows)
    {
        r[at++] = rows.Shared;
        r[dt++] = rows.Domain;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Word(uint[] r, ref int at, ref int dt, WordRows word, int slot)
    {
        var rows = word.Rows;
        r[at++] = rows[slot];
        r[dt++] = rows[word.Copy + slot];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Joint(uint[] r, ref int at, ref int dt, ReadOnlySpan<uint> rows, int k)
    {
        r[at++] = rows[k];
        if (rows.Length > JointFeatures)
        {
            r[dt++] = rows[JointFeatures + k];
        }
    }

    /// <summary>The rows of the three mark features (one token's mark, with the previous one's, with the next one's).</summary>
    private sealed class MarkRows
    {
        private readonly int template;
        private readonly WordRows.RowResolver resolve;
        private readonly (uint, uint)[] one = new (uint, uint)[MarkSlots];
        private readonly (uint, uint)[] before = new (uint, uint)[MarkSlots * MarkSlots];
        private readonly (uint, uint)[] after = new (uint, uint)[MarkSlots * MarkSlots];

        public MarkRows(int template, WordRows.RowResolver resolve)
        {
            this.template = template;
            this.resolve = resolve;
            for (var a = 0; a < MarkSlots; a++)
            {
                one[a] = resolve(FeatureHash.Feature(template, Value(a)));
                for (var b = 0; b < MarkSlots; b++)
                {
                    before[a * MarkSlots + b] = resolve(FeatureHash.Feature(template + 1, Value(a), Value(b)));
                    after[a * MarkSlots + b] = resolve(FeatureHash.Feature(template + 2, Value(a), Value(b)));
                }
            }
        }

        public (uint, uint) One(int mark) => Slot(mark) is var a and >= 0 ? one[a] : resolve(FeatureHash.Feature(template, (ulong)mark));

        public (uint, uint) Before(int previous, int mark) => Slot(previous) is var a and >= 0 && Slot(mark) is var b and >= 0
            ? before[a * MarkSlots + b] : resolve(FeatureHash.Feature(template + 1, (ulong)previous, (ulong)mark));

        public (uint, uint) After(int mark, int next) => Slot(mark) is var a and >= 0 && Slot(next) is var b and >= 0
            ? after[a * MarkSlots + b] : resolve(FeatureHash.Feature(template + 2, (ulong)mark, (ulong)next));

        // Marks 0–15 and "beyond the sentence" (99) have a slot each.
        private static int Slot(int mark) => mark is >= 0 and < MarkSlots - 1 ? mark : mark == NoMark ? MarkSlots - 1 : -1;

        private static ulong Value(int slot) => slot == MarkSlots - 1 ? NoMark : (ulong)slot;
    }
}
