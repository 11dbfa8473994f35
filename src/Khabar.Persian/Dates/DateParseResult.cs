namespace Khabar.Persian.Dates;

/// <summary>Either a date or an error message that says what is wrong with the text (never both).</summary>
public readonly record struct DateParseResult(ParsedDate? Date, string? Error)
{
    /// <summary>True when a date was read.</summary>
    public bool Success => Date is not null;
}
