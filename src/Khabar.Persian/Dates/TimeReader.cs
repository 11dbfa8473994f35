namespace Khabar.Persian.Dates;

/// <summary>
/// Reads a 24-hour time of day (H:mm, H:mm:ss, H:mm:ss.fffffff) and, where the date allows, the UTC offset
/// written after it (Z, ±hh:mm, ±hhmm, ±hh, GMT/UTC/UT and the RFC 822 zone names).
/// </summary>
internal static class TimeReader
{
    private static readonly Dictionary<string, TimeSpan> ZoneNames = new(StringComparer.Ordinal)
    {
        ["gmt"] = TimeSpan.Zero, ["utc"] = TimeSpan.Zero, ["ut"] = TimeSpan.Zero,
        ["irst"] = new(3, 30, 0), ["irdt"] = new(4, 30, 0),
        ["est"] = TimeSpan.FromHours(-5), ["edt"] = TimeSpan.FromHours(-4),
        ["cst"] = TimeSpan.FromHours(-6), ["cdt"] = TimeSpan.FromHours(-5),
        ["mst"] = TimeSpan.FromHours(-7), ["mdt"] = TimeSpan.FromHours(-6),
        ["pst"] = TimeSpan.FromHours(-8), ["pdt"] = TimeSpan.FromHours(-7),
    };

    /// <summary>The time starting at index with the offsets the style allows, or null when the tokens there are not one.</summary>
    public static TimeCandidate? Read(List<DateToken> tokens, int index, OffsetStyle offsets)
    {
        var hour = tokens.At(index);
        if (!hour.IsNumber(1, 2) || !tokens.At(index + 1).IsSymbol(':') || !tokens.At(index + 2).IsNumber(2, 2))
        {
            return null;
        }

        var next = index + 3;
        var second = 0;
        long fraction = 0;
        if (tokens.At(next).IsSymbol(':') && tokens.At(next + 1).IsNumber(2, 2))
        {
            second = tokens.At(next + 1).Small;
            next += 2;
            if (tokens.At(next).IsSymbol('.') && !tokens.At(next + 1).SpaceBefore
                && tokens.At(next + 1).IsNumber(1, DateToken.MaxValueDigits))
            {
                fraction = Ticks(tokens.At(next + 1));
                next += 2;
            }
        }

        var time = new TimeCandidate(index, next, hour.Small, tokens.At(index + 2).Small, second, fraction);
        time = time with { Problem = CalendarDates.TimeProblem(time.Hour, time.Minute, time.Second) };
        if (Meridiem.Read(tokens, next, out var afterMarker) is { } afternoon)
        {
            var marker = afternoon ? "PM (ب.ظ)" : "AM (ق.ظ)";
            time = Meridiem.ToTwentyFourHour(time.Hour, afternoon) is { } twentyFour
                ? time with { Next = afterMarker, Hour = twentyFour }
                : time with { Next = afterMarker, Problem = time.Problem ?? new("hour", $"hour {time.Hour} cannot be {marker}") };
        }

        return offsets == OffsetStyle.None ? time : ReadOffset(tokens, time, offsets == OffsetStyle.AttachedOrSpaced);
    }

    private static TimeCandidate ReadOffset(List<DateToken> tokens, TimeCandidate time, bool spacedSign)
    {
        var at = tokens.At(time.Next);
        if (at.IsWord("z") && !at.SpaceBefore)
        {
            return time with { Next = time.Next + 1, Offset = TimeSpan.Zero };
        }

        if (at.Kind == DateTokenKind.Word && at.Word is not null && ZoneNames.TryGetValue(at.Word, out var named))
        {
            // "GMT+0330" names the offset after the zone; a bare "GMT" is +00:00.
            var after = tokens.At(time.Next + 1).SpaceBefore ? null : ReadNumericOffset(tokens, time.Next + 1, time);
            return after ?? time with { Next = time.Next + 1, Offset = named };
        }

        return spacedSign || !at.SpaceBefore ? ReadNumericOffset(tokens, time.Next, time) ?? time : time;
    }

    // ±hh:mm, ±hhmm or ±hh, digits right after the sign; in "- 1403" the dash is a separator, not a sign.
    private static TimeCandidate? ReadNumericOffset(List<DateToken> tokens, int index, TimeCandidate time)
    {
        var sign = tokens.At(index);
        var digits = tokens.At(index + 1);
        if (!(sign.IsSymbol('+') || sign.IsSymbol('-')) || digits.SpaceBefore || StartsDate(tokens, index + 1))
        {
            return null;
        }

        int hours, minutes, next;
        if (digits.IsNumber(4, 4))
        {
            (hours, minutes, next) = (digits.Small / 100, digits.Small % 100, index + 2);
        }
        else if (digits.IsNumber(2, 2) && tokens.At(index + 2).IsSymbol(':') && tokens.At(index + 3).IsNumber(2, 2))
        {
            (hours, minutes, next) = (digits.Small, tokens.At(index + 3).Small, index + 4);
        }
        else if (digits.IsNumber(2, 2))
        {
            (hours, minutes, next) = (digits.Small, 0, index + 2);
        }
        else
        {
            return null;
        }

        var text = $"{sign.Symbol}{hours:00}:{minutes:00}";
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return time with { Next = next, Problem = time.Problem ?? new("offset", $"UTC offset {text} is out of range (−14:00 to +14:00)") };
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return time with { Next = next, Offset = sign.Symbol == '-' ? -offset : offset };
    }

    // "۱۱:۰۰-۱۴۰۳/۰۱/۱۲" is a time and another date, not an offset of -14:03.
    private static bool StartsDate(List<DateToken> tokens, int index) =>
        tokens.At(index + 1).Symbol is '/' or '-' or '.' && tokens.At(index + 2).Kind == DateTokenKind.Number;

    // Fractions of a second to 100 ns ticks; digits past the seventh are below DateTime's resolution.
    private static long Ticks(DateToken digits)
    {
        var value = digits.Value;
        var count = digits.DigitCount;
        for (; count > 7; count--)
        {
            value /= 10;
        }

        for (; count < 7; count++)
        {
            value *= 10;
        }

        return value;
    }
}
