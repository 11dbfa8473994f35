namespace Khabar.Persian.Dates;

/// <summary>
/// Reads a 12-hour clock marker after a time: "ق.ظ" / "قبل از ظهر" / AM and "ب.ظ" / "بعد از ظهر" / PM. Without
/// it "۱۱:۰۰ ب.ظ" would read as eleven in the morning, a wrong date rather than a missing one.
/// </summary>
internal static class Meridiem
{
    private static readonly Dictionary<string, bool> AfterNoon = new(StringComparer.Ordinal)
    {
        ["قظ"] = false, ["قبلازظهر"] = false, ["am"] = false,
        ["بظ"] = true, ["بعدازظهر"] = true, ["pm"] = true,
    };

    /// <summary>Whether the marker at index says afternoon (null when there is none), and the index after it.</summary>
    public static bool? Read(List<DateToken> tokens, int index, out int next)
    {
        // "ق.ظ" arrives as two words around a dot; "ق ظ", "قظ" and "قبل از ظهر" are joined by the name key.
        if (tokens.At(index + 1).IsSymbol('.') && tokens.At(index).Kind == DateTokenKind.Word
            && tokens.At(index + 2).IsWord("ظ") && AfterNoon.TryGetValue(tokens.At(index).Word + "ظ", out var dotted))
        {
            next = index + 3;
            return dotted;
        }

        for (var count = 3; count >= 1; count--)
        {
            if (NameKeys.Join(tokens, index, count) is { } key && AfterNoon.TryGetValue(key, out var afternoon))
            {
                next = index + count;
                return afternoon;
            }
        }

        next = index;
        return null;
    }

    /// <summary>The 24-hour hour for a 12-hour reading, or null when the hour cannot carry that marker.</summary>
    public static int? ToTwentyFourHour(int hour, bool afternoon) => (hour, afternoon) switch
    {
        (12, false) => 0,
        ( >= 1 and < 12, true) => hour + 12,
        ( >= 13 and <= 23, true) => hour, // "۱۳:۰۰ ب.ظ": the marker only repeats what the hour says.
        ( >= 0 and < 12, false) or (12, true) => hour,
        _ => null,
    };
}
