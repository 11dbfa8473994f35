using System.IO.Compression;
using System.Text;
using Khabar.Entities.Linking;

namespace Khabar.Entities.Ner;

/// <summary>
/// The model's file: gzip over a small binary layout (magic, format version, info, types, transitions,
/// sparse half-precision weights, word clusters, seed entities, name lexicon, wide word clusters).
/// </summary>
public static class NerModelFile
{
    private const string Magic = "KHABAR-NER";
    private const int FormatVersion = 3;

    // A weight's tag is written in 7 bits: O and a B- and I- tag per type.
    private const int MaxTypes = 63;

    /// <summary>Writes the model; weights whose magnitude is below <paramref name="minWeight"/> are dropped.</summary>
    public static void Save(NerModel model, Stream stream, float minWeight = 0.01f)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(model.Info.Count);
        foreach (var (key, value) in model.Info)
        {
            w.Write(key);
            w.Write(value);
        }

        var t = model.Tags.Count;
        w.Write(model.Tags.Types.Count);
        foreach (var type in model.Tags.Types)
        {
            w.Write(type);
        }

        foreach (var value in model.Transitions)
        {
            w.Write(value);
        }

        var table = model.Table;
        var rows = Enumerable.Range(0, table.Ids.Length).Where(r => table.Row(r).ToArray().Any(v => Math.Abs(v) >= minWeight))
            .OrderBy(r => table.Ids[r]).ToList();
        w.Write(rows.Count);
        foreach (var row in rows)
        {
            w.Write(table.Ids[row]);
            var weights = table.Row(row).ToArray();
            var kept = Enumerable.Range(0, t).Where(y => Math.Abs(weights[y]) >= minWeight).ToList();
            w.Write((byte)kept.Count);
            foreach (var y in kept)
            {
                // Half precision for most weights; the few large ones (bias, frequent words) stay single.
                var value = weights[y];
                var small = Math.Abs(value) < 2048;
                w.Write((byte)(y | (small ? 0 : 0x80)));
                if (small)
                {
                    w.Write((Half)value);
                }
                else
                {
                    w.Write(value);
                }
            }
        }

        w.Write(model.Clusters.Paths.Count);
        foreach (var (key, path) in model.Clusters.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(path.Bits);
            w.Write((byte)path.Depth);
        }

        w.Write(model.Seeds.Count);
        foreach (var seed in model.Seeds)
        {
            w.Write(seed.ToString());
        }

        w.Write(model.Lexicon.Entries.Count);
        foreach (var (name, type) in model.Lexicon.Entries)
        {
            w.Write(name);
            w.Write(type);
        }

        var wide = model.Clusters.Wide;
        w.Write(wide is null ? -1 : wide.Paths.Count);
        foreach (var (key, path) in (wide?.Paths ?? new Dictionary<string, ClusterPath>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            w.Write(path.Bits);
            w.Write((byte)path.Depth);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a damaged file is an <see cref="InvalidDataException"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        // The whole layout in memory (11 MB for the shipped model), so no count read from it allocates past its end.
        using var layout = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(layout);
        }

        layout.Position = 0;
        using var r = new BinaryReader(layout, Encoding.UTF8);
        try
        {
            return Read(r);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException or IndexOutOfRangeException or ArgumentException)
        {
            throw new InvalidDataException($"a damaged NER model ({e.Message})", e);
        }
    }

    private static NerModel Read(BinaryReader r)
    {
        if (r.ReadString() != Magic || r.ReadInt32() is var version && version is not (1 or 2 or FormatVersion))
        {
            throw new InvalidDataException("not a Khabar NER model, or a format this version cannot read");
        }

        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = r.ReadInt32(); i > 0; i--)
        {
            info[r.ReadString()] = r.ReadString();
        }

        var types = new string[Count(r, 1, MaxTypes)];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = r.ReadString();
        }

        var tags = new TagSet(types, TagSchemes.Of(info));
        var t = tags.Count;
        var transitions = new float[(t + 1) * t];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }

        var rows = Count(r, 5, int.MaxValue / t);
        var index = new Dictionary<uint, int>(rows);
        var weights = new float[rows * t];
        for (var row = 0; row < rows; row++)
        {
            index[r.ReadUInt32()] = row;
            for (var k = r.ReadByte(); k > 0; k--)
            {
                var y = r.ReadByte();
                if ((y & 0x7F) >= t)
                {
                    throw new InvalidDataException($"a damaged NER model (a weight for tag {y & 0x7F} of {t})");
                }

                weights[row * t + (y & 0x7F)] = (y & 0x80) == 0 ? (float)r.ReadHalf() : r.ReadSingle();
            }
        }

        var paths = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
        for (var i = r.ReadInt32(); i > 0; i--)
        {
            var key = r.ReadString();
            paths[key] = new ClusterPath(r.ReadInt32(), r.ReadByte());
        }

        var seeds = new List<SeedEntity>();
        for (var i = r.ReadInt32(); i > 0; i--)
        {
            seeds.Add(SeedEntity.Parse(r.ReadString()));
        }

        NameLexicon? lexicon = null;
        if (version >= 2 && Count(r, 2) is var names and > 0)
        {
            var entries = new List<KeyValuePair<string, string>>(names);
            for (var i = 0; i < names; i++)
            {
                entries.Add(new KeyValuePair<string, string>(r.ReadString(), r.ReadString()));
            }

            lexicon = new NameLexicon(entries);
        }

        WordClusters? wide = null;
        if (version >= 3 && r.ReadInt32() is var count and >= 0)
        {
            var widePaths = new Dictionary<string, ClusterPath>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = r.ReadString();
                widePaths[key] = new ClusterPath(r.ReadInt32(), r.ReadByte());
            }

            wide = new WordClusters(widePaths);
        }

        return new NerModel(tags, index, weights, transitions, new WordClusters(paths) { Wide = wide }, seeds, info, lexicon);
    }

    // A count no larger than the bytes left can hold (each item at least bytesEach long) nor than max.
    private static int Count(BinaryReader r, int bytesEach, int max = int.MaxValue)
    {
        var count = r.ReadInt32();
        var left = r.BaseStream.Length - r.BaseStream.Position;
        return count >= 0 && count <= max && (long)count * bytesEach <= left
            ? count
            : throw new InvalidDataException($"a damaged NER model (a count of {count} with {left} bytes left)");
    }
}
