using Khabar.Persian.Dates;

namespace Khabar.Archive.Search;

/// <summary>
/// The Tehran calendar day of instants given as Unix seconds, fast when there are many: the offset is looked up once
/// per UTC day and reused for every instant of that day, unless the offset changes within it (a daylight-saving
/// switch), when the instant is converted on its own.
/// </summary>
public sealed class TehranDays
{
    private const long SecondsPerDay = 86_400;
    private const int Changes = int.MinValue;
    private static readonly long UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly Dictionary<long, int> offsets = [];

    /// <summary>The Tehran day of the instant.</summary>
    public DateOnly Of(long seconds)
    {
        var utcDay = Math.DivRem(seconds, SecondsPerDay, out var rest) - (rest < 0 ? 1 : 0);
        if (!offsets.TryGetValue(utcDay, out var offset))
        {
            var first = TehranTime.Zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(utcDay * SecondsPerDay));
            var last = TehranTime.Zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(utcDay * SecondsPerDay + SecondsPerDay - 1));
            offset = first == last ? (int)first.TotalSeconds : Changes;
            offsets[utcDay] = offset;
        }

        if (offset == Changes)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), TehranTime.Zone).DateTime);
        }

        var local = seconds + offset;
        var localDay = Math.DivRem(local, SecondsPerDay, out var localRest) - (localRest < 0 ? 1 : 0);
        return DateOnly.FromDayNumber(checked((int)(localDay + UnixEpochDay)));
    }
}
