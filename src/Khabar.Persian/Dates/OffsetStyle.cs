namespace Khabar.Persian.Dates;

/// <summary>Which UTC offsets may follow a time.</summary>
internal enum OffsetStyle
{
    /// <summary>None: the time stands before its date, where a sign and digits belong to the date.</summary>
    None,

    /// <summary>Written right after the time ("18:59:01+04:30", "07:30:01Z"), or a zone name after a space.</summary>
    Attached,

    /// <summary>Also apart from the time, as RFC 822 writes it in feeds ("11:00:01 +0330").</summary>
    AttachedOrSpaced,
}
