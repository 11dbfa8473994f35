namespace Khabar.Entities.Ner;

/// <summary>Maps a corpus's own tag set onto Khabar's IOB2 tags and repairs IOB1 runs into IOB2.</summary>
public sealed record TagMap(string Name, IReadOnlyDictionary<string, string?> Types)
{
    /// <summary>ARMAN: person, organization, location, facility, product, event.</summary>
    public static TagMap Arman { get; } = new("arman", new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["pers"] = EntityTypes.Person, ["org"] = EntityTypes.Organisation, ["loc"] = EntityTypes.Location,
        ["fac"] = EntityTypes.Facility, ["pro"] = EntityTypes.Product, ["event"] = EntityTypes.Event,
    });

    /// <summary>PEYMA: PER, ORG, LOC, DAT kept; time, money and percent are not Khabar's types.</summary>
    public static TagMap Peyma { get; } = new("peyma", new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = EntityTypes.Person, ["ORG"] = EntityTypes.Organisation, ["LOC"] = EntityTypes.Location,
        ["DAT"] = EntityTypes.Date, ["TIM"] = null, ["MON"] = null, ["PCT"] = null,
    });

    /// <summary>ParsTwiNER: political groups count as organisations; nationalities are not names of entities.</summary>
    public static TagMap ParsTwiner { get; } = new("parstwiner", new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["PER"] = EntityTypes.Person, ["ORG"] = EntityTypes.Organisation, ["LOC"] = EntityTypes.Location,
        ["EVE"] = EntityTypes.Event, ["POG"] = EntityTypes.Organisation, ["NAT"] = null,
    });

    /// <summary>Khabar's own tags, unchanged.</summary>
    public static TagMap Khabar { get; } = new("khabar", EntityTypes.All.ToDictionary(t => t, t => (string?)t, StringComparer.OrdinalIgnoreCase));

    /// <summary>The types this corpus annotates; tokens tagged <c>O</c> may still be names of other types.</summary>
    public IReadOnlySet<string> Annotated { get; } = Types.Values.OfType<string>().ToHashSet();

    /// <summary>The sentence with mapped, IOB2-repaired tags.</summary>
    public NerSentence Map(NerSentence sentence)
    {
        var tags = new string[sentence.Tags.Count];
        string? previous = null;
        for (var i = 0; i < tags.Length; i++)
        {
            var (prefix, type) = Parse(sentence.Tags[i]);
            if (type is null)
            {
                tags[i] = "O";
                previous = null;
                continue;
            }

            var begins = prefix == 'B' || previous != type;
            tags[i] = (begins ? "B-" : "I-") + type;
            previous = type;
        }

        return sentence with { Tags = tags };
    }

    private (char Prefix, string? Type) Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] is not ('-' or '_') || tag[0] is not ('B' or 'I' or 'b' or 'i'))
        {
            return ('O', null);
        }

        return (char.ToUpperInvariant(tag[0]), Types.TryGetValue(tag[2..], out var type) ? type : null);
    }
}
