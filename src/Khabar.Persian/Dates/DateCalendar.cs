namespace Khabar.Persian.Dates;

/// <summary>The calendar a date was written in.</summary>
public enum DateCalendar
{
    /// <summary>Solar Hijri (Jalali), Iran's civil calendar.</summary>
    Jalali,

    /// <summary>Lunar Hijri, used for religious dates.</summary>
    Hijri,

    /// <summary>Gregorian, as in feeds, JSON-LD and Persian text that names Western months.</summary>
    Gregorian,
}
