using System.Text;

namespace Khabar.Persian.Dates;

/// <summary>Lookup keys for names: folded letters with every space, half-space and diacritic removed.</summary>
internal static class NameKeys
{
    /// <summary>The key of a name as written in the tables.</summary>
    public static string Of(string spelling)
    {
        var key = new StringBuilder(spelling.Length);
        foreach (var c in spelling)
        {
            if (DateTokenizer.IsLetter(c))
            {
                key.Append(DateTokenizer.FoldLetter(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The key of count consecutive words from index, or null when those tokens are not all words.</summary>
    public static string? Join(List<DateToken> tokens, int index, int count)
    {
        if (count == 1)
        {
            var only = tokens.At(index);
            return only.Kind == DateTokenKind.Word ? only.Word : null;
        }

        var key = new StringBuilder();
        for (var i = index; i < index + count; i++)
        {
            var token = tokens.At(i);
            if (token.Kind != DateTokenKind.Word || string.IsNullOrEmpty(token.Word))
            {
                return null;
            }

            key.Append(token.Word);
        }

        return key.ToString();
    }
}
