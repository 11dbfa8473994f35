namespace Khabar.Entities.Ner;

/// <summary>How a model marks the tokens of a name.</summary>
public enum TagScheme
{
    /// <summary><c>B-X</c> opens a name, <c>I-X</c> continues it.</summary>
    Iob2,

    /// <summary>
    /// <c>B-X</c> opens a name of several tokens, <c>I-X</c> continues it, <c>L-X</c> closes it, <c>U-X</c> is a
    /// name of one token: the tagger learns where names end as well as where they start. Tags are read out as IOB2.
    /// </summary>
    Bilou,
}
