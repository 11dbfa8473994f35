using System.Text;
using Khabar.Archive.Search;

namespace Khabar.Cli.Tests;

/// <summary>
/// Random bytes and random Persian through the commands that read outside text: the date, the date filters, standard
/// input of normalize and ner. An answer or one clear line on stderr, never a stack trace.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "ا", "ب", "پ", "ت", "خ", "د", "ر", "س", "ش", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ي", "ك", "\u200C", "\u200C", " ", " ",
        "۰", "۱", "۴", "۹", "٠", "٣", "1", "3", "/", "-", ":", ".", "«", "»", "،", "؛", "؟", "!", "<b>", "&nbsp;", "\"", "'",
        "۱۴۰۳/۰۱/۱۱", "فروردین", "اسفند", "شنبه", "ساعت", "۲۳:۵۲", "\uFFFD", "\uD83D\uDE00",
    ];

    [Fact]
    public void Random_dates_print_an_instant_or_one_error_line()
    {
        var random = new Random(1403_07_01);
        var read = 0;
        for (var i = 0; i < 1000; i++)
        {
            var text = i % 2 == 0 ? Persian(random, 10) : Utf8(random, 40);
            if (string.IsNullOrWhiteSpace(text) || text.StartsWith('-') || text.StartsWith('@'))
            {
                text = "x" + text;
            }

            var (exit, output, error) = Cli.Run("date", text);

            AssertNoTrace(error);
            if (exit == 0)
            {
                read++;
                Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\n$", output);
            }
            else
            {
                Assert.Equal(1, exit);
                Assert.Equal("", output);
                Assert.Matches(@"^khabar date: [^\n]+\n$", error);
                Assert.False(error[..^1].Any(char.IsControl), "a control character in the error");
            }
        }

        Assert.InRange(read, 1, 999);
    }

    [Fact]
    public void Unreadable_date_filters_are_an_error_quoting_them_before_the_archive_is_opened()
    {
        var random = new Random(1403_07_02);
        var archive = Path.Combine(Path.GetTempPath(), $"khabar-never-{Guid.NewGuid():N}");
        var rejected = 0;
        for (var i = 0; i < 300; i++)
        {
            var text = "x" + (i % 2 == 0 ? Persian(random, 8) : Utf8(random, 30));
            var option = i % 4 < 2 ? "--from" : "--to";
            var command = i % 2 == 0 ? "search" : "export";

            if (DateBound.Parse(text, endOfDay: false).Error is null)
            {
                continue;
            }

            var (exit, output, error) = Cli.Run(command, "خبر", "--archive", archive, $"{option}={text}");

            AssertNoTrace(error);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.StartsWith($"khabar {command}: cannot read the date '{Safe(text)}'", error, StringComparison.Ordinal);
            Assert.Equal(1, error.Count(c => c == '\n'));
            rejected++;
        }

        Assert.False(Directory.Exists(archive), "the archive was opened");
        Assert.InRange(rejected, 100, 300);
    }

    [Fact]
    public void Random_lines_in_a_batch_of_queries_are_answered_or_named_one_by_one()
    {
        var random = new Random(1403_07_05);
        var folder = Directory.CreateTempSubdirectory("khabar-batch-").FullName;
        try
        {
            var lines = Enumerable.Range(0, 400).Select(n => random.Next(4) switch
            {
                0 => Utf8(random, 80).Replace('\n', ' ').Replace('\r', ' '),
                1 => "{\"qid\": " + n + ", \"query\": " + Persian(random, 6),
                _ => System.Text.Json.JsonSerializer.Serialize(new { qid = n, query = Persian(random, 8) }),
            }).ToList();
            var file = Path.Combine(folder, "queries.jsonl");
            File.WriteAllLines(file, lines);

            var (exit, output, error) = Cli.Run("search", "--archive", Path.Combine(folder, "archive"), "--queries", file);

            AssertNoTrace(error);
            var answered = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var refused = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": not a {", StringComparison.Ordinal)).ToList();
            Assert.Equal(lines.Count(l => l.Trim().Length > 0), answered.Length + refused.Count);
            Assert.All(refused, l => Assert.Matches(@"^khabar search: .*queries\.jsonl:\d+: not a ", l));
            Assert.All(answered, l => Assert.StartsWith("{\"qid\":", l, StringComparison.Ordinal));
            Assert.NotEmpty(refused);
            Assert.Equal(1, exit);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Random_standard_input_to_normalize_gives_a_line_for_each_line()
    {
        var random = new Random(1403_07_03);
        for (var i = 0; i < 500; i++)
        {
            var input = i % 2 == 0 ? Persian(random, 200) : Utf8(random, 1000);

            var (exit, output, error) = Cli.RunWithInput(input, "normalize");

            Assert.Equal(0, exit);
            Assert.Equal("", error);
            Assert.Equal(Lines(input), output.Count(c => c == '\n'));
        }
    }

    [Fact]
    public void Random_standard_input_to_ner_gives_a_tag_for_each_token_line()
    {
        var random = new Random(1403_07_04);
        for (var i = 0; i < 200; i++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(6) == 0 ? "" : Persian(random, 4) + (random.Next(2) == 0 ? "\tO" : ""));
            var input = i % 3 == 0 ? Utf8(random, 400) : string.Join("\n", rows);

            var (exit, output, error) = Cli.RunWithInput(input, "ner", "-");

            AssertNoTrace(error);
            Assert.Equal(0, exit);
            var tagged = output.Split('\n').Where(l => l.Length > 0).ToList();
            Assert.Equal(Lines(input, blank: false), tagged.Count);
            Assert.All(tagged, l => Assert.Matches(@"\t(O|[BI]-(PER|ORG|LOC|FAC|EVENT|PRO|DAT))$", l));
        }
    }

    private static string Safe(string text) => new([.. text.Select(c => char.IsControl(c) ? '\uFFFD' : c)]);

    private static void AssertNoTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    // Lines as standard input is read (UTF-8, \r, \n or \r\n); with blank: false, those with something in them.
    private static int Lines(string input, bool blank = true)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(input)));
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += blank || line.Trim('\r', '\n', ' ', '\uFEFF').Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static string Persian(Random random, int max) =>
        string.Concat(Enumerable.Range(0, random.Next(0, max)).Select(_ => Pieces[random.Next(Pieces.Length)]));

    private static string Utf8(Random random, int max)
    {
        var bytes = new byte[random.Next(0, max)];
        random.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
