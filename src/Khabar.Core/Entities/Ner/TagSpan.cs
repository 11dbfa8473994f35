namespace Khabar.Entities.Ner;

/// <summary>A phrase of tokens [Start, End) with one entity type.</summary>
public readonly record struct TagSpan(string Type, int Start, int End)
{
    /// <summary>
    /// The phrases of an IOB2 tag sequence, read as conlleval reads them: an <c>I-X</c> after anything but
    /// <c>B-X</c>/<c>I-X</c> starts a phrase.
    /// </summary>
    public static List<TagSpan> From(IReadOnlyList<string> tags)
    {
        var spans = new List<TagSpan>();
        string? type = null;
        var start = 0;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = EntityTypes.TypeOf(tag);
            var continues = tagType is not null && tag[0] == 'I' && tagType == type;
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add(new TagSpan(type, start, i));
            }

            type = tagType;
            start = i;
        }

        return spans;
    }
}
