using System.CommandLine;
using Khabar.Output;
using Khabar.Persian.Dates;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar date TEXT</c>: the ISO 8601 instant of a Persian, Hijri or Gregorian date.</summary>
internal static class DateCommand
{
    public static Command Create(CliConsole console)
    {
        var text = new Argument<string[]>("text")
        {
            Description = "The date as written, e.g. 'شنبه ۱ خرداد ۱۳۹۵ - ۲۳:۵۲' (several words are joined)",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("date", "Print the ISO 8601 instant of a date, with the offset Tehran had that day") { text };
        command.SetAction(parse =>
        {
            var input = string.Join(' ', parse.GetValue(text) ?? []);
            var result = PersianDateParser.Parse(input);
            if (result.Date is { } date)
            {
                console.Out.WriteLine(JsonSettings.Iso(date.Instant));
                return 0;
            }

            console.Error.WriteLine($"khabar date: {TerminalText.Safe(result.Error)}");
            return 1;
        });
        return command;
    }
}
