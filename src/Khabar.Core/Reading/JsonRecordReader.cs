using System.Text;
using System.Text.Json;
using Khabar.Model;

namespace Khabar.Reading;

/// <summary>
/// Reads JSON article records: a JSON Lines file (one record a line), a JSON array of records, or one record.
/// Streams: a record at a time, whatever the file size. Each record becomes a page for the record extractor.
/// </summary>
public sealed class JsonRecordReader(long maxRecordBytes = TextPageReader.DefaultMaxBytes) : IPageReader
{
    /// <summary>The media type of a page that holds one JSON record.</summary>
    public const string MediaType = "application/x-khabar-record+json";

    private static readonly string[] Extensions = [".jsonl", ".ndjson", ".json"];

    /// <inheritdoc />
    public bool CanRead(InputItem item, ReadOnlySpan<byte> head)
    {
        if (Extensions.Any(e => item.Source.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return FirstSignificant(head) is '{' or '[';
    }

    /// <inheritdoc />
    public IEnumerable<PageResult> Read(InputItem item, Stream content)
    {
        var (head, whole) = HeadStream.Peek(content);
        return FirstSignificant(head) == '[' ? ReadArray(item, whole) : ReadLines(item, whole);
    }

    private IEnumerable<PageResult> ReadLines(InputItem item, Stream content)
    {
        using var lines = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var number = 0;
        var records = 0;
        string? single = null;
        var text = new StringBuilder();
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (line.Length > maxRecordBytes)
            {
                yield return PageResult.Fail($"{item.Source}:{number}", CappedReader.TooLarge(line.Length, maxRecordBytes));
                continue;
            }

            // A pretty-printed single object spans many lines; JSON Lines holds one object a line.
            if (text.Length > 0 || (number == 1 && line.TrimStart().StartsWith('{') && !IsComplete(line)))
            {
                text.AppendLine(line);
                single = text.ToString();
                continue;
            }

            if (line.Trim().Length > 0)
            {
                records++;
                yield return Record($"{item.Source}:{number}", line);
            }
        }

        if (single is not null)
        {
            yield return Record(item.Source, single);
        }
        else if (records == 0)
        {
            yield return PageResult.Fail(item.Source, number == 0 ? "empty input" : "no records: only blank lines");
        }
    }

    private IEnumerable<PageResult> ReadArray(InputItem item, Stream content)
    {
        var elements = new JsonArrayElements(content, maxRecordBytes);
        for (var index = 0; ; index++)
        {
            var (element, error) = elements.Next();
            if (error is not null)
            {
                yield return PageResult.Fail($"{item.Source}#{index}", error);
            }

            if (element is null)
            {
                if (index == 0 && error is null)
                {
                    yield return PageResult.Fail(item.Source, "no records: the JSON array is empty");
                }

                yield break;
            }

            yield return Record($"{item.Source}#{index}", element);
        }
    }

    private static PageResult Record(string source, string json) =>
        PageResult.Ok(new Page(source, json, MediaType, "utf-8"));

    private static bool IsComplete(string line)
    {
        try
        {
            using var _ = JsonDocument.Parse(line);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static int FirstSignificant(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var trimmed = start.TrimStart(" \t\r\n"u8);
        return trimmed.IsEmpty ? -1 : trimmed[0];
    }
}
