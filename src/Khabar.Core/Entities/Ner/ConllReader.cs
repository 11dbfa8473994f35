namespace Khabar.Entities.Ner;

/// <summary>
/// Reads CoNLL-style files: one token per line, a blank line between sentences. The tag is after the last tab,
/// the last <c>|</c> (PEYMA) or the last space (ARMAN); lines with no separator are tokens without a tag.
/// </summary>
public static class ConllReader
{
    /// <summary>The sentences of a file, with the file's own tags.</summary>
    public static IEnumerable<NerSentence> ReadFile(string path) => Read(File.ReadLines(path));

    /// <summary>The sentences of a sequence of lines, with the lines' own tags.</summary>
    public static IEnumerable<NerSentence> Read(IEnumerable<string> lines)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r', '\n');
            if (line.Trim().Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return new NerSentence(tokens.ToArray(), tags.ToArray());
                    tokens.Clear();
                    tags.Clear();
                }

                continue;
            }

            var (token, tag) = Split(line);
            if (token.Length > 0)
            {
                tokens.Add(token);
                tags.Add(tag);
            }
        }

        if (tokens.Count > 0)
        {
            yield return new NerSentence(tokens.ToArray(), tags.ToArray());
        }
    }

    /// <summary>Token sentences of a file read by its first column only (tab- or space-separated).</summary>
    public static IEnumerable<IReadOnlyList<string>> ReadTokens(IEnumerable<string> lines)
    {
        var tokens = new List<string>();
        foreach (var raw in lines.Append(""))
        {
            var line = raw.Trim('\r', '\n', ' ', '\uFEFF');
            if (line.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    yield return tokens.ToArray();
                    tokens.Clear();
                }

                continue;
            }

            var end = line.IndexOfAny(['\t', ' ']);
            tokens.Add(end < 0 ? line : line[..end]);
        }
    }

    private static (string Token, string Tag) Split(string line)
    {
        var at = line.LastIndexOf('\t');
        if (at < 0)
        {
            at = line.LastIndexOf('|');
        }

        if (at < 0)
        {
            at = line.LastIndexOf(' ');
        }

        return at <= 0 ? (TokenText.Clean(line), "O") : (TokenText.Clean(line[..at]), line[(at + 1)..].Trim());
    }
}
