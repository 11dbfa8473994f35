using System.CommandLine;
using Khabar.Persian.Normalization;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar normalize</c>: standard input to standard output, line by line, in constant memory.</summary>
internal static class NormalizeCommand
{
    public static Command Create(CliConsole console)
    {
        var noHalfSpace = new Option<bool>("--no-halfspace") { Description = "Do not repair lost half-spaces" };
        var digits = new Option<string>("--digits") { Description = "persian (default), ascii or keep", DefaultValueFactory = _ => "persian" };
        digits.AcceptOnlyFromAmong("persian", "ascii", "keep");
        var keepDiacritics = new Option<bool>("--keep-diacritics") { Description = "Keep Arabic diacritics" };
        var guillemets = new Option<bool>("--guillemets") { Description = "Turn \"…\" around Persian text into «…»" };
        var tehMarbuta = new Option<bool>("--fold-teh-marbuta") { Description = "Write ة as ه" };
        var hehYeh = new Option<string>("--heh-yeh") { Description = "ۀ / هٔ: keep (default), heh (ه) or hamza (هٔ)", DefaultValueFactory = _ => "keep" };
        hehYeh.AcceptOnlyFromAmong("keep", "heh", "hamza");
        var hamzaAlef = new Option<bool>("--fold-hamza-alef") { Description = "Write أ إ ٱ as ا" };
        var noEntities = new Option<bool>("--no-entities") { Description = "Leave HTML entities (&zwnj; …) as they are" };
        var noSpacing = new Option<bool>("--no-punctuation-spacing") { Description = "Leave the spacing around punctuation alone" };
        var command = new Command("normalize", "Normalize Persian text from standard input to standard output, line by line")
        {
            noHalfSpace, digits, keepDiacritics, guillemets, tehMarbuta, hehYeh, hamzaAlef, noEntities, noSpacing,
        };
        command.SetAction(parse =>
        {
            var options = new NormalizerOptions
            {
                HalfSpace = !parse.GetValue(noHalfSpace),
                DigitScript = parse.GetValue(digits) switch { "ascii" => DigitScript.Ascii, "keep" => DigitScript.Keep, _ => DigitScript.Persian },
                KeepDiacritics = parse.GetValue(keepDiacritics),
                Guillemets = parse.GetValue(guillemets),
                FoldTehMarbuta = parse.GetValue(tehMarbuta),
                HehYeh = parse.GetValue(hehYeh) switch { "heh" => HehYehMode.FoldToHeh, "hamza" => HehYehMode.HamzaAbove, _ => HehYehMode.Keep },
                FoldHamzaAlef = parse.GetValue(hamzaAlef),
                DecodeEntities = !parse.GetValue(noEntities),
                PunctuationSpacing = !parse.GetValue(noSpacing),
            };
            using var input = new StreamReader(console.OpenInput(), System.Text.Encoding.UTF8);
            NormalizerStream.Run(input, console.Out, new PersianNormalizer(options));
            return 0;
        });
        return command;
    }
}
