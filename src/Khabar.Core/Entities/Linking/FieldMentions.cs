using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>A tagged field of an article: its tokens, their keys and the entity phrases found in it.</summary>
public sealed record FieldMentions(string Field, string Text, IReadOnlyList<TextToken> Tokens, IReadOnlyList<string> Keys, IReadOnlyList<TagSpan> Spans)
{
    /// <summary>Tags one field sentence by sentence.</summary>
    public static FieldMentions Tag(NerModel model, string field, string text)
    {
        var tokens = NerTokenizer.Tokenize(text);
        var n = tokens.Count;
        var texts = new string[n];
        for (var i = 0; i < n; i++)
        {
            texts[i] = tokens[i].Text;
        }

        var best = new int[n];
        var keys = new string[n];
        var start = 0;
        for (var i = 0; i <= n; i++)
        {
            if (i == n || (texts[i] is "." or "!" or "؟" or "?" && i - start > 0))
            {
                var end = Math.Min(i + 1, n);
                if (end > start)
                {
                    model.Decode(texts.AsSpan(start, end - start), best.AsSpan(start, end - start), keys.AsSpan(start, end - start));
                }

                start = end;
            }
        }

        var tags = new string[n];
        for (var i = 0; i < n; i++)
        {
            tags[i] = model.Tags.Iob2(best[i]);
        }

        return new FieldMentions(field, text, tokens, keys, TagSpan.From(tags));
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

    /// <summary>The keys of tokens [from, to) joined by single spaces.</summary>
    public string NameOf(int from, int to) => to - from == 1 ? Keys[from] : string.Join(' ', KeysOf(from, to));

    /// <summary>The text of tokens [from, to).</summary>
    public string TextOf(int from, int to) => Text[Tokens[from].Start..Tokens[to - 1].End];
}
