namespace Khabar.Persian.Normalization;

/// <summary>
/// Normalizes Persian text: letter variants, digits, marks, invisible characters, punctuation spacing and lost
/// half-spaces, as set by <see cref="NormalizerOptions"/>. Thread-safe; text that needs nothing comes back as is.
/// </summary>
public sealed class PersianNormalizer
{
    private static readonly Lazy<PersianNormalizer> DefaultInstance = new(() => new PersianNormalizer());
    private readonly CharTable table;
    private readonly Lazy<HalfSpaceRepair>? repair;

    /// <summary>A normalizer with the given options, or the defaults.</summary>
    public PersianNormalizer(NormalizerOptions? options = null)
    {
        Options = options ?? NormalizerOptions.Default;
        table = new CharTable(Options);
        if (Options.HalfSpace)
        {
            var lexicon = Options.Lexicon;
            repair = new Lazy<HalfSpaceRepair>(
                () => new HalfSpaceRepair(lexicon ?? HalfSpaceLexicon.Default, Options.Tuning),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    /// <summary>The normalizer with the default options.</summary>
    public static PersianNormalizer Default => DefaultInstance.Value;

    /// <summary>The options this normalizer applies.</summary>
    public NormalizerOptions Options { get; }

    /// <summary>The normalized text; the same instance when nothing changed.</summary>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var source = Options.DecodeEntities ? Entities.Decode(text) : text;
        var current = new CharSink(source.Length + 16);
        var spare = new CharSink(source.Length + (source.Length >> 4) + 16);
        try
        {
            CharPass.Run(source, table, Options.HehYeh == HehYehMode.FoldToHeh, ref current);
            for (var round = 0; round < 2 && Options.DecodeEntities && Entities.Has(current.Written); round++)
            {
                // Removing marks can join an entity's pieces (&#ـ1;); decode what appeared and clean again.
                var decoded = Entities.Decode(current.Written.ToString());
                current.Length = 0;
                CharPass.Run(decoded, table, Options.HehYeh == HehYehMode.FoldToHeh, ref current);
            }

            if (Options.Guillemets)
            {
                Quotes.ToGuillemets(current.WrittenMutable);
            }

            if (Options.PunctuationSpacing && PunctuationPass.Applies(current.Written))
            {
                PunctuationPass.Run(current.Written, ref spare);
                Swap(ref current, ref spare);
            }

            if (Options.DigitScript != DigitScript.Keep && NumberRun.Applies(current.Written))
            {
                NumberRun.Pass(current.Written, Options.DigitScript, ref spare);
                Swap(ref current, ref spare);
            }

            if (repair is not null)
            {
                repair.Value.Run(current.Written, ref spare);
                Swap(ref current, ref spare);
            }

            var result = current.Written;
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            current.Dispose();
            spare.Dispose();
        }
    }

    private static void Swap(ref CharSink current, ref CharSink spare)
    {
        (current, spare) = (spare, current);
        spare.Length = 0;
    }
}
