using System.Globalization;
using Khabar.Archive.Index;
using Khabar.Persian.Dates;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Khabar.Archive.Search;

/// <summary>
/// Attention over time: how many articles a query matches per Jalali day, week (from Saturday) or month, in Tehran
/// time, with the empty periods between the first and the last filled in as zeros.
/// </summary>
public static class Attention
{
    /// <summary>The most periods one answer holds, so a day-by-day count over decades is refused, not computed.</summary>
    public const int MaxPeriods = 2000;

    private static readonly PersianCalendar Calendar = new();

    /// <summary>The counts per period, or an error that says what is wrong with the request.</summary>
    public static (IReadOnlyList<AttentionPeriod>? Periods, string? Error) Count(IndexSearcher searcher, SearchRequest request, AttentionUnit unit)
    {
        var (parsed, error) = KhabarQueryParser.TryParse(request.Query);
        return parsed is null ? (null, error) : Count(searcher, parsed, request.From, request.To, unit);
    }

    /// <summary>The counts per period of the documents a query matches within the dates (both included), or an error.</summary>
    public static (IReadOnlyList<AttentionPeriod>? Periods, string? Error) Count(IndexSearcher searcher, Query query,
        DateTimeOffset? from, DateTimeOffset? to, AttentionUnit unit)
    {
        var counts = new PeriodCollector(unit);
        searcher.Search(RequestQuery.Within(query, from, to), counts);
        if (counts.Counts.Count == 0)
        {
            return ([], null);
        }

        var first = from is { } start ? Start(LocalDay(start), unit) : counts.Counts.Keys.Min();
        var last = to is { } end ? Start(LocalDay(end), unit) : counts.Counts.Keys.Max();
        var periods = new List<AttentionPeriod>();
        for (var day = first; day <= last; day = Next(day, unit))
        {
            if (periods.Count == MaxPeriods)
            {
                return (null, $"more than {MaxPeriods} periods; count by a longer unit or narrow the dates");
            }

            periods.Add(new AttentionPeriod(Label(day, unit), TehranTime.FromLocal(day.ToDateTime(TimeOnly.MinValue)),
                counts.Counts.GetValueOrDefault(day)));
        }

        return (periods, null);
    }

    /// <summary>The first day (Tehran calendar day) of the period that holds the day.</summary>
    public static DateOnly Start(DateOnly day, AttentionUnit unit) => unit switch
    {
        AttentionUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 1) % 7)),
        AttentionUnit.Month => day.AddDays(1 - Calendar.GetDayOfMonth(day.ToDateTime(TimeOnly.MinValue))),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, AttentionUnit unit) => unit switch
    {
        AttentionUnit.Week => start.AddDays(7),
        AttentionUnit.Month => DateOnly.FromDateTime(Calendar.AddMonths(start.ToDateTime(TimeOnly.MinValue), 1)),
        _ => start.AddDays(1),
    };

    private static string Label(DateOnly start, AttentionUnit unit)
    {
        var date = start.ToDateTime(TimeOnly.MinValue);
        var month = string.Create(CultureInfo.InvariantCulture, $"{Calendar.GetYear(date):0000}/{Calendar.GetMonth(date):00}");
        return unit == AttentionUnit.Month ? month : string.Create(CultureInfo.InvariantCulture, $"{month}/{Calendar.GetDayOfMonth(date):00}");
    }

    private static DateOnly LocalDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TehranTime.Zone).DateTime);

    private sealed class PeriodCollector(AttentionUnit unit) : ICollector
    {
        private readonly TehranDays tehran = new();
        private readonly Dictionary<DateOnly, DateOnly> starts = [];
        private NumericDocValues? values;
        private IBits? present;

        public Dictionary<DateOnly, long> Counts { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            var field = IndexFields.Values(IndexFields.Published);
            values = context.AtomicReader.GetNumericDocValues(field);
            present = context.AtomicReader.GetDocsWithField(field);
        }

        public void Collect(int doc)
        {
            if (values is null || present is null || !present.Get(doc))
            {
                return;
            }

            // The offset is found once per UTC day and each day's period once, not once per article.
            var day = tehran.Of(values.Get(doc));
            if (!starts.TryGetValue(day, out var start))
            {
                start = Start(day, unit);
                starts[day] = start;
            }

            Counts[start] = Counts.GetValueOrDefault(start) + 1;
        }
    }
}

/// <summary>The length of an attention period.</summary>
public enum AttentionUnit
{
    Day,
    Week,
    Month,
}

/// <summary>One period: its Jalali label (1403/01 for a month, 1403/01/11 for a day or a week's Saturday), start and count.</summary>
public sealed record AttentionPeriod(string Label, DateTimeOffset Start, long Count);
