using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>A tagged field of an article: its tokens, their keys and the entity phrases found in it.</summary>
public sealed record FieldMentions(string Field, string Text, IReadOnlyList<TextToken> Tokens, IReadOnlyList<string> Keys, IReadOnlyList<TagSpan> Spans)
{
    /// <summary>Tags one field sentence by sentence.</summary>
    public static FieldMentions Tag(NerModel model, string field, string text)
    {
        var tokens = NerTokenizer.Tokenize(text);
        var tags = new List<string>(tokens.Count);
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || (tokens[i].Text is "." or "!" or "؟" or "?" && i - start > 0))
            {
                var end = Math.Min(i + 1, tokens.Count);
                if (end > start)
                {
                    tags.AddRange(model.Tag(tokens.Skip(start).Take(end - start).Select(t => t.Text).ToArray()));
                }

                start = end;
            }
        }

        var keys = tokens.Select(t => TokenText.Key(t.Text)).ToArray();
        return new FieldMentions(field, text, tokens, keys, TagSpan.From(tags));
    }

    /// <summary>The text of tokens [from, to).</summary>
    public string TextOf(int from, int to) => Text[Tokens[from].Start..Tokens[to - 1].End];
}
