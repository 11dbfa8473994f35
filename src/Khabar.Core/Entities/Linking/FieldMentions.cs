using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>A tagged field of an article: its tokens, their keys and the entity phrases found in it.</summary>
public sealed record FieldMentions(string Field, string Text, IReadOnlyList<TextToken> Tokens, IReadOnlyList<string> Keys, IReadOnlyList<TagSpan> Spans)
{
    /// <summary>Tags one field sentence by sentence.</summary>
    public static FieldMentions Tag(NerModel model, string field, string text) => Tag(model, [(field, text)])[0];

    /// <summary>
    /// Tags the fields of one article sentence by sentence, in order; a model with document features
    /// (<see cref="NerModel.DocumentWindow"/>) sees the article's sentences around each one.
    /// </summary>
    public static IReadOnlyList<FieldMentions> Tag(NerModel model, IReadOnlyList<(string Field, string Text)> fields)
    {
        var tokens = new List<TextToken>[fields.Count];
        var texts = new string[fields.Count][];
        var sentences = new List<(int Field, int Start, int End)>();
        for (var f = 0; f < fields.Count; f++)
        {
            tokens[f] = NerTokenizer.Tokenize(fields[f].Text);
            texts[f] = tokens[f].Select(t => t.Text).ToArray();
            var start = 0;
            for (var i = 0; i <= texts[f].Length; i++)
            {
                if (i == texts[f].Length || (IsSentenceEnd(texts[f][i]) && i - start > 0))
                {
                    var end = Math.Min(i + 1, texts[f].Length);
                    if (end > start)
                    {
                        sentences.Add((f, start, end));
                    }

                    start = end;
                }
            }
        }

        var document = model.DocumentWindow > 0
            ? DocumentFeatures.Of(sentences.Select(s => (IReadOnlyList<string>)texts[s.Field][s.Start..s.End]).ToList(), model.DocumentWindow)
            : null;
        var best = texts.Select(t => new int[t.Length]).ToArray();
        var keys = texts.Select(t => new string[t.Length]).ToArray();
        for (var k = 0; k < sentences.Count; k++)
        {
            var (f, start, end) = sentences[k];
            model.Decode(texts[f].AsSpan(start, end - start), best[f].AsSpan(start, end - start), keys[f].AsSpan(start, end - start), document?[k]);
        }

        var result = new FieldMentions[fields.Count];
        for (var f = 0; f < fields.Count; f++)
        {
            var (text, words) = (fields[f].Text, tokens[f]);
            var tags = best[f].Select((t, i) => Separates(text, words, i) ? "O" : model.Tags.Iob2(t)).ToArray();
            var spans = TagSpan.From(tags).Select(span => Trim(texts[f], span)).Where(span => span.End > span.Start).ToList();
            result[f] = new FieldMentions(fields[f].Field, text, words, keys[f], spans);
        }

        return result;
    }

    /// <summary>
    /// A token that ends a sentence: a full stop, question or exclamation mark, or a bar, which news sites such as
    /// Hamshahri put between the two parts of a title (<c>… بنیاد مستضعفان | اجاره اردیبهشت …</c>).
    /// </summary>
    private static bool IsSentenceEnd(string token) => token is "." or "!" or "؟" or "?" || IsBar(token);

    /// <summary>A bar between two parts of a text; never part of a name, though the tagger sometimes reads one into it.</summary>
    private static bool IsBar(string token) => token is "|" or "｜" or "¦";

    /// <summary>
    /// Whether token i separates two parts of the text, so that no name takes it in: a bar, or a dash (or a kashida
    /// written as one) with a space on each side (<c>همشهری آوا - پادکست تهران</c>; the dash of <c>جونگ-اون</c> has none).
    /// </summary>
    private static bool Separates(string text, List<TextToken> tokens, int i)
    {
        var token = tokens[i];
        if (IsBar(token.Text))
        {
            return true;
        }

        return IsDash(token.Text)
            && (token.Start == 0 || char.IsWhiteSpace(text[token.Start - 1]))
            && (token.End == text.Length || char.IsWhiteSpace(text[token.End]));
    }

    /// <summary>A dash, or a kashida written as one.</summary>
    internal static bool IsDash(string token) => token is "-" or "–" or "—" or "ـ";

    /// <summary>
    /// The span without the marks the tagger took in at its edges (<c>«اورشلیم پست</c>): quotes or brackets around the
    /// whole of it, then a leading or trailing token with no letter or digit, unless it is a bracket or quote whose
    /// partner is inside the span (<c>امام خمینی (ره)</c>).
    /// </summary>
    internal static TagSpan Trim(string[] tokens, TagSpan span)
    {
        var (start, end) = (span.Start, span.End);
        while (end - start >= 2 && Wraps(tokens[start], tokens[end - 1]))
        {
            (start, end) = (start + 1, end - 1);
        }

        while (start < end && IsMark(tokens[start]) && !Closed(tokens, start, end))
        {
            start++;
        }

        while (end > start && IsMark(tokens[end - 1]) && !Opened(tokens, start, end - 1))
        {
            end--;
        }

        return start == span.Start && end == span.End ? span : span with { Start = start, End = end };
    }

    private static bool IsMark(string token) => !token.Any(char.IsLetterOrDigit);

    private const string Openers = "(«[{\"“";
    private const string Closers = ")»]}\"”";

    // Whether the two tokens are an opening mark and its partner.
    private static bool Wraps(string first, string last) =>
        first.Length == 1 && last.Length == 1 && Openers.IndexOf(first[0]) is var k and >= 0 && Closers[k] == last[0];

    // Whether the opening mark at i is closed by its partner before end.
    private static bool Closed(string[] tokens, int i, int end)
    {
        var k = tokens[i].Length == 1 ? Openers.IndexOf(tokens[i][0]) : -1;
        return k >= 0 && Array.IndexOf(tokens, Closers[k].ToString(), i + 1, end - i - 1) >= 0;
    }

    // Whether the closing mark at i was opened by its partner from start on.
    private static bool Opened(string[] tokens, int start, int i)
    {
        var k = tokens[i].Length == 1 ? Closers.IndexOf(tokens[i][0]) : -1;
        return k >= 0 && Array.IndexOf(tokens, Openers[k].ToString(), start, i - start) >= 0;
    }

    /// <summary>The keys of tokens [from, to).</summary>
    public string[] KeysOf(int from, int to)
    {
        var keys = new string[to - from];
        for (var i = from; i < to; i++)
        {
            keys[i - from] = Keys[i];
        }

        return keys;
    }

    /// <summary>The texts of tokens [from, to).</summary>
    public IReadOnlyList<string> TokenTexts(int from, int to) => [.. Tokens.Skip(from).Take(to - from).Select(t => t.Text)];

    /// <summary>The keys of tokens [from, to) joined by single spaces.</summary>
    public string NameOf(int from, int to) => to - from == 1 ? Keys[from] : string.Join(' ', KeysOf(from, to));

    /// <summary>The text of tokens [from, to).</summary>
    public string TextOf(int from, int to) => Text[Tokens[from].Start..Tokens[to - 1].End];
}
