namespace Khabar.Persian.Normalization;

/// <summary>Normalizes a stream line by line in constant memory.</summary>
public static class NormalizerStream
{
    /// <summary>
    /// Reads every line of <paramref name="input"/> and writes it normalized, one line each, to <paramref name="output"/>:
    /// a line separator inside a line (U+2028, U+2029, U+0085), which the normalizer makes a line break, becomes a space.
    /// </summary>
    public static void Run(TextReader input, TextWriter output, PersianNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(normalizer);
        while (input.ReadLine() is { } line)
        {
            output.WriteLine(normalizer.Normalize(line).Replace('\n', ' '));
        }
    }
}
