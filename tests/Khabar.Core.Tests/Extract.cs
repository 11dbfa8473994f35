using System.Text;
using Khabar.Model;
using Khabar.Pipeline;
using Khabar.Reading;

namespace Khabar.Core.Tests;

/// <summary>Runs the default pipeline over test inputs.</summary>
internal static class Extract
{
    public static readonly KhabarPipeline Pipeline = PipelineBuilder.Default();

    public static ItemResult Text(string text, string source = "test.txt") =>
        Bytes(Encoding.UTF8.GetBytes(text), source);

    public static ItemResult Bytes(byte[] bytes, string source = "test.bin") =>
        Pipeline.Run([new InputItem(source, () => new MemoryStream(bytes), bytes.Length)]).Single();

    public static Article File(string path)
    {
        var result = Pipeline.Run([InputItem.FromFile(path)]).Single();
        Assert.True(result.Article is not null, $"{path}: {result.Error}");
        return result.Article!;
    }

    public static Article Article(string text)
    {
        var result = Text(text);
        Assert.True(result.Article is not null, result.Error?.ToString());
        return result.Article!;
    }

    /// <summary>Every text the article shows, joined, to look for text that must not be there.</summary>
    public static string AllText(Article a) =>
        string.Join("\n", new[] { a.Title, a.Kicker, a.Lead, a.Desk, a.Agency }.Concat(a.Paragraphs).Concat(a.Tags));
}
