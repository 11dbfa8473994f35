using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// Reads the role or title written beside a person's name: after it (<c>X، رئیس دفتر سیاسی حماس</c>,
/// <c>X دبیرکل این جنبش</c>) or before it (<c>وزیر امور خارجه X</c>). "این جنبش" becomes the movement last named.
/// </summary>
public static class RoleReader
{
    private const int MaxLength = 7;

    /// <summary>The role of the person at <paramref name="span"/>, or null; <paramref name="previous"/> names entities seen before, by type.</summary>
    public static string? Read(FieldMentions field, TagSpan span, Func<string, string?> previous)
    {
        var (from, to) = After(field, span) ?? Before(field, span) ?? (-1, -1);
        if (from < 0)
        {
            return null;
        }

        var words = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (field.Keys[i] == "این" && i + 1 < to && RoleWords.Anaphors.TryGetValue(field.Keys[i + 1], out var type) && previous(type) is { } name)
            {
                words.Add(name);
                i++;
                continue;
            }

            words.Add(field.Tokens[i].Text);
        }

        return string.Join(' ', words);
    }

    private static (int, int)? After(FieldMentions f, TagSpan span)
    {
        var j = span.End;
        if (j < f.Tokens.Count && f.Tokens[j].Text is "،" or ",")
        {
            j++;
        }

        if (j >= f.Tokens.Count || !IsHead(f, j))
        {
            return null;
        }

        var k = j + 1;
        while (k < f.Tokens.Count && k - j < MaxLength && IsWord(f, k) && !RoleWords.Stops.Contains(f.Keys[k]) && !StartsPerson(f, k))
        {
            k++;
        }

        return (j, k);
    }

    private static (int, int)? Before(FieldMentions f, TagSpan span)
    {
        int? head = null;
        for (var i = span.Start - 1; i >= 0 && span.Start - i <= MaxLength && IsWord(f, i) && !RoleWords.Stops.Contains(f.Keys[i]); i--)
        {
            if (IsHead(f, i))
            {
                head = i;
            }
        }

        return head is { } h ? (h, span.Start) : null;
    }

    private static bool IsHead(FieldMentions f, int i) =>
        RoleWords.Heads.Contains(f.Keys[i]) || (i + 1 < f.Keys.Count && RoleWords.Heads.Contains(f.Keys[i] + f.Keys[i + 1]));

    private static bool IsWord(FieldMentions f, int i) => f.Tokens[i].Text.Any(char.IsLetterOrDigit);

    private static bool StartsPerson(FieldMentions f, int i) => f.Spans.Any(s => s.Start == i && s.Type == EntityTypes.Person);
}
