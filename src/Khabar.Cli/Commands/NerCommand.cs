using System.CommandLine;
using System.Text;
using Khabar.Entities.Ner;

namespace Khabar.Cli.Commands;

/// <summary>
/// <c>khabar ner FILE</c>: tags a CoNLL token file (first column, blank line between sentences) in IOB2; the file is
/// read as one document, its sentences in order.
/// </summary>
internal static class NerCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "One token per line (first column), a blank line between sentences; - for standard input" };
        var model = new Option<string?>("--model") { Description = "A model file instead of the shipped models/ner-fa.model.gz" };
        var command = new Command("ner", "Tag named entities (PER ORG LOC FAC EVENT PRO DAT) in a CoNLL token file: token<TAB>tag") { file, model };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file) ?? "-";
            NerModel tagger;
            List<IReadOnlyList<string>> sentences;
            try
            {
                tagger = parse.GetValue(model) is { } modelPath ? NerModelStore.Load(modelPath) : NerModelStore.Default;
                sentences = ConllReader.ReadTokens(ReadLines(path, console)).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                console.Error.WriteLine($"khabar ner: {e.Message}");
                return 1;
            }

            var tagged = tagger.TagDocument(sentences);
            for (var k = 0; k < sentences.Count; k++)
            {
                if (k > 0)
                {
                    console.Out.WriteLine();
                }

                for (var i = 0; i < sentences[k].Count; i++)
                {
                    console.Out.WriteLine($"{sentences[k][i]}\t{tagged[k][i]}");
                }
            }

            return 0;
        });
        return command;
    }

    private static IEnumerable<string> ReadLines(string path, CliConsole console)
    {
        using var reader = path == "-" ? new StreamReader(console.OpenInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
