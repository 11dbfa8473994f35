namespace Khabar.Archive.Search;

/// <summary>
/// How an article's entities sit in the index's doc values, so entity pages are counted from the index alone: one
/// value per entity (canonical id, type, canonical name) and one per other written form or role (id, <c>a</c> or
/// <c>r</c>, text), the parts joined by U+001F. Values sort by id, so one entity's values lie together.
/// </summary>
public static class EntityValue
{
    /// <summary>The longest name, alias or role kept, well under the index's limit for one value.</summary>
    public const int MaxText = 300;

    private const char Separator = '\u001F';

    /// <summary>The kind of an alias value.</summary>
    public const string Alias = "a";

    /// <summary>The kind of a role value.</summary>
    public const string Role = "r";

    /// <summary>The values of one entity of an article: its identity (About false), then its aliases and roles (About true).</summary>
    public static IEnumerable<(bool About, string Text)> Of(string id, string type, string name, IEnumerable<string> written, IEnumerable<string?> roles)
    {
        yield return (false, Join(id, type, name));
        foreach (var alias in written.Where(w => w.Length > 0 && w != name).Distinct(StringComparer.Ordinal))
        {
            yield return (true, Join(id, Alias, alias));
        }

        foreach (var role in roles.OfType<string>().Where(r => r.Length > 0).Distinct(StringComparer.Ordinal))
        {
            yield return (true, Join(id, Role, role));
        }
    }

    /// <summary>The three parts of a value: id, then type (identity) or kind (alias, role), then the text.</summary>
    public static (string Id, string Kind, string Text) Parse(string value)
    {
        var first = value.IndexOf(Separator);
        var second = first < 0 ? -1 : value.IndexOf(Separator, first + 1);
        return second < 0 ? (value, "", "") : (value[..first], value[(first + 1)..second], value[(second + 1)..]);
    }

    private static string Join(string id, string kind, string text) => string.Concat(id.Replace(Separator, ' '), Separator.ToString(), kind, Separator.ToString(), Clean(text));

    private static string Clean(string text)
    {
        text = text.Replace(Separator, ' ');
        return text.Length > MaxText ? text[..MaxText] : text;
    }
}
