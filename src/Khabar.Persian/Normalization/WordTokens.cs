namespace Khabar.Persian.Normalization;

/// <summary>Persian words in text: runs of Arabic letters, marks and half-spaces.</summary>
internal static class WordTokens
{
    /// <summary>The start and end of every word.</summary>
    public static IEnumerable<(int Start, int End)> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!ArabicScript.IsWordChar(text[i]) || text[i] == ArabicScript.Zwnj)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && ArabicScript.IsWordChar(text[i]))
            {
                i++;
            }

            var end = i;
            while (text[end - 1] == ArabicScript.Zwnj)
            {
                end--;
            }

            yield return (start, end);
        }
    }

    /// <summary>Runs of words that follow each other with one space between them and nothing else.</summary>
    public static IEnumerable<List<(int Start, int End)>> Runs(string text)
    {
        var run = new List<(int Start, int End)>();
        foreach (var token in Find(text))
        {
            if (run.Count > 0 && !(token.Start == run[^1].End + 1 && text[run[^1].End] == ' '))
            {
                yield return run;
                run = [];
            }

            run.Add(token);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
