using System.Text;

namespace Khabar.Bench.Archive;

/// <summary>The spellings a query is tried in: as written, half-spaces lost two ways, Arabic letters, a mix.</summary>
internal static class QueryVariants
{
    public const char HalfSpace = '\u200C';

    public static readonly string[] Names = ["as written", "half-spaces deleted", "half-spaces as spaces", "Arabic letters and digits", "per-word mix"];

    public static string Apply(string name, string text, Random random) => name switch
    {
        "as written" => text,
        "half-spaces deleted" => Glued(text),
        "half-spaces as spaces" => text.Replace(HalfSpace, ' '),
        "Arabic letters and digits" => Arabic(text),
        "per-word mix" => string.Join(' ', text.Split(' ').Select(w => random.Next(4) switch
        {
            0 => w,
            1 => Glued(w),
            2 => w.Replace(HalfSpace, ' '),
            _ => Arabic(w),
        })),
        _ => throw new ArgumentException(name),
    };

    public static string Glued(string text) => text.Replace(HalfSpace.ToString(), "");

    public static string Arabic(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'ی' => 'ي',
                'ک' => 'ك',
                >= '۰' and <= '۹' => (char)('٠' + (c - '۰')),
                >= '0' and <= '9' => (char)('٠' + (c - '0')),
                _ => c,
            });
        }

        return builder.ToString();
    }
}
