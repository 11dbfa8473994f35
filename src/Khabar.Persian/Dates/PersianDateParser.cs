namespace Khabar.Persian.Dates;

/// <summary>
/// Reads the first date in a piece of text: Jalali (numeric or with month names), lunar Hijri, Gregorian
/// (ISO 8601, RFC 1123/822, Persian month names) or the date inside a Fars news id, with a time of day before or
/// after it. Scans tokens once, looking a bounded distance around each, so time is linear in the text's length.
/// </summary>
public static class PersianDateParser
{
    private const int SnippetLength = 60;

    // Between a date and its time: "۱۴۰۳/۰۱/۱۱ - ۱۱:۰۰", "۹ خرداد ۱۴۰۴ / ۱۹:۳۱", "... ساعت ۱۰:۳۰", ISO's "T".
    private const int MaxGap = 3;
    private static readonly string[] GapWords = ["ساعت", "t", "at", "در"];

    /// <summary>The first date in the text, or an error that says what is wrong; never throws.</summary>
    public static DateParseResult Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new DateParseResult(null, "no date found: the text is empty");
        }

        var tokens = DateTokenizer.Tokenize(text);
        TimeCandidate? lastTime = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var date = NumericDateReader.Read(tokens, i) ?? NamedDateReader.Read(tokens, i);
            if (date is not null)
            {
                var time = TimeAfter(tokens, date) ?? TimeBefore(tokens, date, lastTime);
                return Finish(text, tokens, date, time);
            }

            if (TimeReader.Read(tokens, i, OffsetStyle.None) is { } seen)
            {
                lastTime = seen;
                i = seen.Next - 1;
            }
        }

        return FarsIdReader.Find(text, tokens) is { } id
            ? Finish(text, tokens, id, null)
            : new DateParseResult(null, $"no date found in '{Shorten(text)}'");
    }

    /// <summary>True with the date when the text holds one; false with null otherwise (see <see cref="Parse"/>).</summary>
    public static bool TryParse(string? text, out ParsedDate? date)
    {
        date = Parse(text).Date;
        return date is not null;
    }

    private static TimeCandidate? TimeAfter(List<DateToken> tokens, DateCandidate date)
    {
        var i = date.Next;
        for (var gap = 0; gap <= MaxGap; gap++, i++)
        {
            if (TimeReader.Read(tokens, i, date.Offsets) is { } time)
            {
                return time;
            }

            if (!IsGap(tokens.At(i)))
            {
                return null;
            }
        }

        return null;
    }

    // "۱۷:۳۱ - ۱۳۹۷/۱۰/۳۰": a time counts for the date only when nothing but separators lies between them.
    private static TimeCandidate? TimeBefore(List<DateToken> tokens, DateCandidate date, TimeCandidate? time)
    {
        if (time is null || time.Next > date.First || date.First - time.Next > MaxGap)
        {
            return null;
        }

        for (var i = time.Next; i < date.First; i++)
        {
            if (!IsGap(tokens[i]))
            {
                return null;
            }
        }

        return time;
    }

    private static bool IsGap(DateToken token) => token.Kind switch
    {
        DateTokenKind.Symbol => token.Symbol is '-' or '/' or '|' or ',' or '،' or '(' or ')' or '[' or ']',
        DateTokenKind.Word => GapWords.Contains(token.Word),
        _ => false,
    };

    private static DateParseResult Finish(string text, List<DateToken> tokens, DateCandidate date, TimeCandidate? time)
    {
        var (parsed, problem) = DateAssembler.Assemble(date, time);
        if (parsed is not null)
        {
            return new DateParseResult(parsed, null);
        }

        var first = tokens[Math.Min(date.First, time?.First ?? int.MaxValue)];
        var last = tokens[Math.Max(date.Next, time?.Next ?? 0) - 1];
        return new DateParseResult(null, $"{problem} in '{Shorten(text[first.Start..last.End])}'");
    }

    private static string Shorten(string text) =>
        text.Length <= SnippetLength ? text : string.Concat(text.AsSpan(0, SnippetLength), "…");
}
