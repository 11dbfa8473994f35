using System.Collections.Frozen;

namespace Khabar.Persian.Dates;

/// <summary>Weekday names in Persian, Arabic and English, and reading one written just before a date.</summary>
internal static class WeekdayNames
{
    private static readonly (DayOfWeek Day, string[] Spellings)[] Table =
    [
        (DayOfWeek.Saturday, ["شنبه", "السبت", "saturday", "sat"]),
        (DayOfWeek.Sunday, ["یکشنبه", "الأحد", "sunday", "sun"]),
        (DayOfWeek.Monday, ["دوشنبه", "الاثنین", "الإثنین", "monday", "mon"]),
        (DayOfWeek.Tuesday, ["سه شنبه", "الثلاثاء", "tuesday", "tue", "tues"]),
        (DayOfWeek.Wednesday, ["چهارشنبه", "الأربعاء", "wednesday", "wed"]),
        (DayOfWeek.Thursday, ["پنجشنبه", "الخمیس", "thursday", "thu", "thur", "thurs"]),
        (DayOfWeek.Friday, ["جمعه", "الجمعة", "friday", "fri"]),
    ];

    private static readonly string[] Persian = ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"];

    private static readonly FrozenDictionary<string, DayOfWeek> ByKey = Table
        .SelectMany(row => row.Spellings.Select(spelling => (Key: NameKeys.Of(spelling), row.Day)))
        .DistinctBy(pair => pair.Key)
        .ToFrozenDictionary(pair => pair.Key, pair => pair.Day, StringComparer.Ordinal);

    /// <summary>
    /// The weekday written right before the token at index (a comma between is allowed), and the index where its
    /// name starts. Two-word names are tried first so "یک شنبه" is Sunday, not a Saturday after the word "یک".
    /// </summary>
    public static (DayOfWeek Day, int First)? ReadBefore(List<DateToken> tokens, int index)
    {
        var last = tokens.At(index - 1).IsSymbol(',') || tokens.At(index - 1).IsSymbol('،') ? index - 2 : index - 1;
        for (var count = 2; count >= 1; count--)
        {
            var key = NameKeys.Join(tokens, last - count + 1, count);
            if (key is not null && ByKey.TryGetValue(key, out var day))
            {
                return (day, last - count + 1);
            }
        }

        return null;
    }

    /// <summary>The weekday a name's key (<see cref="NameKeys.Of"/>) names, if any.</summary>
    public static DayOfWeek? Of(string key) => ByKey.TryGetValue(key, out var day) ? day : null;

    /// <summary>The weekday's name in English and Persian, for messages.</summary>
    public static string Describe(DayOfWeek day) => $"{day} ({Persian[(int)day]})";
}
