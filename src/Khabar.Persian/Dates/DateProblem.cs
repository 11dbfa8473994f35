namespace Khabar.Persian.Dates;

/// <summary>What is wrong with a date or time: the part at fault (year, month, day, hour…) and a message.</summary>
internal sealed record DateProblem(string Part, string Message);
