using Khabar.Entities.Ner;

namespace Khabar.Entities.Linking;

/// <summary>
/// Reads the role or title written beside a person's name: after it (<c>X، رئیس دفتر سیاسی حماس</c>,
/// <c>X ـ مدیر رادیو ورزش ـ</c>,
/// <c>X دبیرکل این جنبش</c>, <c>X فرزند Y</c>) or before it (<c>وزیر امور خارجه X</c>; never a kinship, which is
/// someone else's: Y in <c>X فرزند Y</c> is the parent). "این جنبش" becomes the movement last named.
/// </summary>
public static class RoleReader
{
    private const int MaxLength = 7;

    /// <summary>The role of the person at <paramref name="span"/>, or null; <paramref name="previous"/> names entities seen before, by type.</summary>
    public static string? Read(FieldMentions field, TagSpan span, Func<string, string?> previous)
    {
        // In a list of roles and names (رئیس جمهور ترامپ، نخست‌وزیر آبه), the role after a name that has one before it
        // is the next name's.
        var before = Before(field, span);
        var (from, to) = After(field, span) is var (start, end) && !(before is not null && end < field.Tokens.Count && StartsSpan(field, end, EntityTypes.Person))
            ? (start, end)
            : before ?? (-1, -1);
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
        if (j < f.Tokens.Count && IsComma(f, j))
        {
            j++;
        }

        if (j >= f.Tokens.Count || !IsHead(f, j))
        {
            return null;
        }

        var k = j + 1;
        while (k < f.Tokens.Count && k - j < MaxLength && Continues(f, k) && !StartsSpan(f, k, EntityTypes.Person) && !LeavesName(f, k))
        {
            k++;
        }

        // A kinship takes in the relative's name: "فرزند جمشید مشایخی" in "نادر مشایخی فرزند جمشید مشایخی".
        if (k == j + 1 && RoleWords.Kin.Contains(f.Keys[j]) && f.Spans.FirstOrDefault(s => s.Start == k && s.Type == EntityTypes.Person) is { End: > 0 } relative)
        {
            return (j, relative.End);
        }

        // A head alone before the noun of a verb takes that noun: "رئیس جمهور" in "بایدن رئیس جمهور شود".
        return k == j + 1 && k < f.Tokens.Count && NounOfVerb(f, k) && IsWord(f, k) && !RoleWords.Stops.Contains(f.Keys[k]) && !IsVerb(f.Tokens[k].Text)
            ? (j, k + 1)
            : (j, k);
    }

    private static (int, int)? Before(FieldMentions f, TagSpan span)
    {
        int? head = null;
        // A kinship before the name makes it the relative of someone named before it: no role of its own is there.
        for (var i = span.Start - 1; i >= 0 && span.Start - i <= MaxLength && Continues(f, i) && !RoleWords.Kin.Contains(f.Keys[i]); i--)
        {
            if (IsHead(f, i))
            {
                head = i;
            }
        }

        // Not a relation of someone else to the name (معاون ظریف), nor a role between two names, which is the first's
        // (بهروز کمالوندی سخنگوی سازمان انرژی اتمی صالحی), unless the first has a role before it too, in a list of
        // roles and names (رئیس جمهور ترامپ، نخست‌وزیر آبه); a title is the name's own (سردار بادین، سردار روانکار).
        var end = span.Start;
        while (head is { } at && end - 1 > at && RoleWords.Courtesies.Contains(f.Keys[end - 1]))
        {
            end--;
        }

        return head is { } h && !(h == end - 1 && RoleWords.Relational.Contains(f.Keys[h]))
            && (IsTitle(f, h) || PersonBefore(f, h) is not { } first || Before(f, first) is not null)
            ? (h, end)
            : null;
    }

    private static bool IsTitle(FieldMentions f, int i) => Spells(f, i, RoleWords.Titles);

    // A comma, or a dash, between a name and its role.
    private static bool IsComma(FieldMentions f, int i) => f.Tokens[i].Text is "،" or "," || FieldMentions.IsDash(f.Tokens[i].Text);

    // The person's name token i comes right after, or after with a comma or dash between; null when none.
    private static TagSpan? PersonBefore(FieldMentions f, int i)
    {
        var j = i > 0 && IsComma(f, i - 1) ? i - 1 : i;
        foreach (var s in f.Spans)
        {
            if (s.End == j && s.Type == EntityTypes.Person)
            {
                return s;
            }
        }

        return null;
    }

    private static bool IsHead(FieldMentions f, int i) => Spells(f, i, RoleWords.Heads);

    // Whether token i, alone or glued to the next (رئیس جمهور), is a word of the set.
    private static bool Spells(FieldMentions f, int i, HashSet<string> words) =>
        words.Contains(f.Keys[i]) || (i + 1 < f.Keys.Count && words.Contains(f.Keys[i] + f.Keys[i + 1]));

    /// <summary>
    /// Whether token i can be part of a role: a word, not a stop word, not a verb (<c>می‌گوید</c>) or the noun of one
    /// (<c>موافقت</c> in <c>موافقت کرده است</c>; a word of a name is not: <c>باشگاه استقلال شد</c>), not the start of a date.
    /// </summary>
    private static bool Continues(FieldMentions f, int i) =>
        IsWord(f, i) && !RoleWords.Stops.Contains(f.Keys[i]) && !IsVerb(f.Tokens[i].Text) && !StartsSpan(f, i, EntityTypes.Date)
        && !NounOfVerb(f, i);

    // Whether token i is the noun of the verb after it (and not a word of a name).
    private static bool NounOfVerb(FieldMentions f, int i) =>
        i + 1 < f.Keys.Count && (RoleWords.LightVerbs.Contains(f.Keys[i + 1]) || IsVerb(f.Tokens[i + 1].Text)) && !InName(f, i);

    private static bool IsWord(FieldMentions f, int i) => f.Tokens[i].Text.Any(char.IsLetterOrDigit);

    // A present or past continuous verb: its prefix is written with a half-space (the text is normalized).
    private static bool IsVerb(string token) =>
        token.StartsWith("می\u200C", StringComparison.Ordinal) || token.StartsWith("نمی\u200C", StringComparison.Ordinal);

    private static bool InName(FieldMentions f, int i) => f.Spans.Any(s => s.Start <= i && i < s.End && s.Type != EntityTypes.Person);

    private static bool StartsSpan(FieldMentions f, int i, string type) => f.Spans.Any(s => s.Start == i && s.Type == type);

    /// <summary>
    /// Whether token i comes right after a name inside the role and starts no other one: the role ends with that name
    /// (<c>نماینده تهران</c> in <c>نماینده تهران این توضیح را …</c>, <c>امام جمعه ایرانشهر</c> before <c>موافقت کرده است</c>).
    /// </summary>
    private static bool LeavesName(FieldMentions f, int i) =>
        f.Spans.Any(s => s.End == i && s.Type != EntityTypes.Person) && !f.Spans.Any(s => s.Start == i);
}
