using System.Text;
using System.Text.Json;
using Khabar.Persian.Text;
using Khabar.Reading;

namespace Khabar.Core.Tests.Containers;

/// <summary>A JSON array of records is read a record at a time; a break in it keeps every record before the break.</summary>
public sealed class JsonArrayTests
{
    private const string Body = "به گزارش خبرگزاری ایسنا، این متن آزمایشی یک خبر است که در یک آرایه‌ی بزرگ از رکوردها آمده است.";

    [Fact]
    public void Every_record_of_a_large_pretty_printed_array_with_a_byte_order_mark_comes_through()
    {
        var records = Enumerable.Range(0, 3000).Select(i => new { title = $"خبر {i}", body = Body }).ToList();
        var json = JsonSerializer.Serialize(records, new JsonSerializerOptions { WriteIndented = true });

        var results = Run([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);

        Assert.Equal(3000, results.Count);
        Assert.All(results, (r, i) => Assert.Equal(Digits.ToPersian($"خبر {i}"), r.Article?.Title));
        Assert.Equal("records.json#2999", results[^1].Article!.Source);
    }

    [Fact]
    public void A_break_late_in_a_large_array_keeps_every_record_before_it_and_names_the_broken_one()
    {
        var good = string.Join(",", Enumerable.Range(0, 2000).Select(i => JsonSerializer.Serialize(new { title = $"خبر {i}", body = Body })));

        var results = Run(Encoding.UTF8.GetBytes("[" + good + ", {\"title\": \"شکسته\", <"));

        Assert.Equal(2001, results.Count);
        Assert.All(results.Take(2000), r => Assert.NotNull(r.Article));
        Assert.Equal("records.json#2000", results[^1].Error?.Source);
        Assert.StartsWith("invalid JSON: '<' is an invalid start", results[^1].Error?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("[{\"title\": \"خبر\", \"body\": \"متن\"")]
    [InlineData("[{\"title\": \"خبر\", \"body\": \"متن\"},")]
    public void An_array_cut_short_is_an_error_not_silence(string json)
    {
        var results = Run(Encoding.UTF8.GetBytes(json));

        Assert.StartsWith("invalid JSON", results[^1].Error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_over_the_limit_is_an_error_and_ends_the_array()
    {
        var big = JsonSerializer.Serialize(new { title = "بزرگ", body = new string('ب', 300_000) });
        var small = JsonSerializer.Serialize(new { title = "کوچک", body = Body });
        var reader = new JsonRecordReader(maxRecordBytes: 100_000);
        var bytes = Encoding.UTF8.GetBytes($"[{small},{big},{small}]");

        var results = reader.Read(new InputItem("records.json", () => new MemoryStream(bytes), bytes.Length), new MemoryStream(bytes)).ToList();

        Assert.Equal(2, results.Count);
        Assert.NotNull(results[0].Page);
        Assert.Equal("records.json#1", results[1].Error?.Source);
        Assert.Contains("too large", results[1].Error?.Reason);
    }

    [Theory]
    [InlineData("records.json", "", "empty input")]
    [InlineData("records.jsonl", "", "empty input")]
    [InlineData("records.jsonl", "\n  \r\n\n", "no records: only blank lines")]
    [InlineData("records.json", " [ ] ", "no records: the JSON array is empty")]
    [InlineData("records.json", "\uFEFF[]\n", "no records: the JSON array is empty")]
    public void A_file_without_records_is_an_error_naming_it_not_silence(string name, string text, string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var result = Assert.Single(Extract.Pipeline.Run([new InputItem(name, () => new MemoryStream(bytes), bytes.Length)]));

        Assert.Equal((name, reason), (result.Error?.Source, result.Error?.Reason));
    }

    private static List<Model.ItemResult> Run(byte[] bytes) =>
        Extract.Pipeline.Run([new InputItem("records.json", () => new MemoryStream(bytes), bytes.Length)]).ToList();
}
