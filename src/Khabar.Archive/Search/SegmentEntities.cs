using System.Runtime.CompilerServices;
using Khabar.Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>
/// The entity values of one index segment decoded once per ordinal, and each document's identity ordinals laid out
/// in one array, so counting is a loop over integers with no string or doc-values work per document. Kept while the
/// segment lives: a refreshed reader decodes only its new segments.
/// </summary>
internal sealed class SegmentEntities
{
    private static readonly ConditionalWeakTable<object, SegmentEntities> Cache = new();

    private SegmentEntities(AtomicReader reader)
    {
        var identities = Identities(reader);
        (Ids, Types, Names) = Decode(identities);
        (AboutIds, AboutKinds, AboutTexts) = Decode(About(reader));
        (Starts, Ords) = Layout(identities, reader.MaxDoc);
    }

    /// <summary>Document d's identity ordinals are <c>Ords[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>Per identity ordinal: the canonical id, type and name.</summary>
    public string[] Ids { get; }

    public string[] Types { get; }

    public string[] Names { get; }

    /// <summary>Per alias-or-role ordinal: the entity's id, the kind (<see cref="EntityValue.Alias"/> or <see cref="EntityValue.Role"/>) and the text.</summary>
    public string[] AboutIds { get; }

    public string[] AboutKinds { get; }

    public string[] AboutTexts { get; }

    /// <summary>The decoded values of the segment.</summary>
    public static SegmentEntities Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentEntities(reader));

    /// <summary>The segment's identity values (null when it has none).</summary>
    public static SortedSetDocValues? Identities(AtomicReader reader) => reader.GetSortedSetDocValues(IndexFields.Values(IndexFields.Entity));

    /// <summary>The segment's alias and role values (null when it has none).</summary>
    public static SortedSetDocValues? About(AtomicReader reader) => reader.GetSortedSetDocValues(IndexFields.Values(IndexFields.EntityAbout));

    private static (int[], int[]) Layout(SortedSetDocValues? values, int documents)
    {
        var starts = new int[documents + 1];
        var ords = new List<int>(values is null ? 0 : documents * 8);
        for (var doc = 0; doc < documents && values is not null; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                ords.Add((int)ord);
            }
        }

        starts[documents] = ords.Count;
        return (starts, ords.ToArray());
    }

    private static (string[], string[], string[]) Decode(SortedSetDocValues? values)
    {
        var count = values is null ? 0 : checked((int)values.ValueCount);
        var (ids, kinds, texts) = (new string[count], new string[count], new string[count]);
        var scratch = new BytesRef();
        for (var ord = 0; ord < count; ord++)
        {
            values!.LookupOrd(ord, scratch);
            (ids[ord], kinds[ord], texts[ord]) = EntityValue.Parse(scratch.Utf8ToString());
            kinds[ord] = string.Intern(kinds[ord]);
        }

        return (ids, kinds, texts);
    }
}
