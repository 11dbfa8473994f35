using Khabar.Entities.Ner;

namespace Khabar.Entities.Training;

/// <summary>A training sentence as the trainer needs it: feature ids, then weight rows, gold tags and allowed tags.</summary>
internal sealed class Example
{
    private int[] rows = [];
    private int[] rowOffsets = [];

    private Example(uint[] features, int[] offsets, int[] gold, bool[]? allowed)
    {
        Features = features;
        Offsets = offsets;
        Gold = gold;
        Allowed = allowed;
    }

    public uint[] Features { get; private set; }

    public int[] Offsets { get; }

    public int[] Gold { get; }

    /// <summary>n×T: the tags the annotation leaves possible, or null when the gold is certain.</summary>
    public bool[]? Allowed { get; }

    public static Example Of(TrainingSentence data, TagSet tags, FeatureExtractor extractor, bool partial, bool domains, NameLexicon? names = null, uint[][]? document = null)
    {
        var (features, offsets) = extractor.Extract(data.Sentence.Tokens, domains ? data.Corpus.Name : null, names, document);
        var gold = tags.Encode(data.Sentence.Tags);
        var open = tags.Types.Select((type, i) => (type, i)).Where(p => !data.Corpus.Annotated.Contains(p.type)).Select(p => p.i).ToList();
        bool[]? allowed = null;
        if (partial && open.Count > 0)
        {
            var t = tags.Count;
            allowed = new bool[gold.Length * t];
            for (var i = 0; i < gold.Length; i++)
            {
                allowed[i * t + gold[i]] = true;
                if (gold[i] == 0)
                {
                    foreach (var type in open)
                    {
                        foreach (var tag in tags.TagsOf(type))
                        {
                            allowed[i * t + tag] = true;
                        }
                    }
                }
            }
        }

        return new Example(features, offsets, gold, allowed);
    }

    /// <summary>Turns feature ids into weight rows, dropping features outside the index.</summary>
    public void Resolve(Dictionary<uint, int> index)
    {
        var kept = new List<int>(Features.Length);
        rowOffsets = new int[Gold.Length + 1];
        for (var i = 0; i < Gold.Length; i++)
        {
            rowOffsets[i] = kept.Count;
            for (var k = Offsets[i]; k < Offsets[i + 1]; k++)
            {
                if (index.TryGetValue(Features[k], out var row))
                {
                    kept.Add(row);
                }
            }
        }

        rowOffsets[Gold.Length] = kept.Count;
        rows = kept.ToArray();
        Features = [];
    }

    public ReadOnlySpan<int> Rows(int i) => rows.AsSpan(rowOffsets[i], rowOffsets[i + 1] - rowOffsets[i]);
}
