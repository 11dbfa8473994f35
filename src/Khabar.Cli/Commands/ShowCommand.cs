using System.CommandLine;
using Khabar.Archive;

namespace Khabar.Cli.Commands;

/// <summary><c>khabar show ID</c>: one archived article, as <c>extract</c> prints it.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<long>("id") { Description = "The article's archive id (search prints it)" };
        var archive = ArchiveOption.Create();
        var format = ArticleFormat.Create();
        var pretty = ArticleFormat.Pretty();
        var command = new Command("show", "Print one archived article") { id, archive, format, pretty };
        command.SetAction(parse =>
        {
            using var opened = KhabarArchive.Open(parse.GetValue(archive)!);
            if (opened.Store.Get(parse.GetValue(id)) is not { } stored)
            {
                console.Error.WriteLine($"khabar show: no article with id {parse.GetValue(id)} in {opened.Folder}");
                return 1;
            }

            console.Out.WriteLine(ArticleFormat.Render(ArticleFormat.Writer(parse.GetValue(format)), stored.Article, parse.GetValue(pretty)));
            return 0;
        });
        return command;
    }
}
