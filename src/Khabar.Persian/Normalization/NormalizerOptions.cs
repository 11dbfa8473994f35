namespace Khabar.Persian.Normalization;

/// <summary>The script digits are written in after normalization.</summary>
public enum DigitScript
{
    /// <summary>Persian digits ۰–۹ with the Persian decimal (٫) and thousands (٬) separators.</summary>
    Persian,

    /// <summary>ASCII digits 0–9 with `.` and `,` as separators.</summary>
    Ascii,

    /// <summary>Digits and separators are left as written.</summary>
    Keep,
}

/// <summary>How heh with yeh or hamza above (ۀ, هٔ) is written.</summary>
public enum HehYehMode
{
    /// <summary>ۀ and هٔ stay as written.</summary>
    Keep,

    /// <summary>Both become a plain ه.</summary>
    FoldToHeh,

    /// <summary>Both become ه followed by the combining hamza above (هٔ).</summary>
    HamzaAbove,
}

/// <summary>What <see cref="PersianNormalizer"/> changes; every property has a sensible default.</summary>
public sealed record NormalizerOptions
{
    /// <summary>The defaults: half-space repair on, Persian digits, diacritics removed, quotes left alone.</summary>
    public static NormalizerOptions Default { get; } = new();

    /// <summary>Restore lost half-spaces (ZWNJ), both glued words and half-spaces turned into spaces.</summary>
    public bool HalfSpace { get; init; } = true;

    /// <summary>The script digits are written in.</summary>
    public DigitScript DigitScript { get; init; } = DigitScript.Persian;

    /// <summary>Keep the Arabic diacritics (U+064B–U+0652, U+0670) instead of removing them.</summary>
    public bool KeepDiacritics { get; init; }

    /// <summary>Turn paired straight or curly double quotes around Persian text into «…».</summary>
    public bool Guillemets { get; init; }

    /// <summary>Write teh marbuta (ة) as heh (ه).</summary>
    public bool FoldTehMarbuta { get; init; }

    /// <summary>How ۀ and هٔ are written.</summary>
    public HehYehMode HehYeh { get; init; } = HehYehMode.Keep;

    /// <summary>Write alef with hamza (أ, إ) and alef wasla (ٱ) as a plain alef (ا).</summary>
    public bool FoldHamzaAlef { get; init; }

    /// <summary>Decode HTML entities left in the text (&amp;zwnj;, &amp;nbsp;, &amp;#x6F1;, …).</summary>
    public bool DecodeEntities { get; init; } = true;

    /// <summary>Fix the spacing around punctuation: none before `. : ! ، ؛ ؟ » )`, none after `« (`, one after.</summary>
    public bool PunctuationSpacing { get; init; } = true;

    /// <summary>The half-space lexicon to use; null for the one shipped with this assembly.</summary>
    public HalfSpaceLexicon? Lexicon { get; init; }

    /// <summary>The weights of the half-space repair.</summary>
    internal HalfSpaceTuning Tuning { get; init; } = HalfSpaceTuning.Default;

    /// <summary>The options the half-space lexicon is learned and looked up with: every letter variant folded.</summary>
    internal static NormalizerOptions Canonical { get; } = new()
    {
        HalfSpace = false,
        DigitScript = DigitScript.Keep,
        FoldTehMarbuta = true,
        HehYeh = HehYehMode.FoldToHeh,
        FoldHamzaAlef = true,
        PunctuationSpacing = false,
    };
}
