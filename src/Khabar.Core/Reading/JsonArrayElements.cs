using System.Text;
using System.Text.Json;

namespace Khabar.Reading;

/// <summary>
/// The elements of a JSON array read from a stream one at a time, each as its raw text. Memory holds about one
/// element; every element before a broken one is given before the error that ends the array.
/// </summary>
internal sealed class JsonArrayElements(Stream stream, long maxElementBytes)
{
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private long offset;
    private bool final;
    private bool opened;
    private JsonReaderState state;

    private enum Step
    {
        Element,
        Opened,
        End,
        More,
    }

    /// <summary>The next element's text; neither at the array's end; or why the rest cannot be read.</summary>
    public (string? Element, string? Error) Next()
    {
        while (true)
        {
            Step step;
            string? element;
            try
            {
                step = TryStep(out element);
            }
            catch (JsonException e)
            {
                var reason = e.Message.Split(" LineNumber:")[0].TrimEnd(' ', '.', '|');
                return (null, $"invalid JSON: {reason} (the record starts at byte {offset + start})");
            }

            switch (step)
            {
                case Step.Element:
                    return (element, null);
                case Step.End:
                    return (null, null);
                case Step.More when !Fill():
                    return (null, CappedReader.TooLarge(end - start, maxElementBytes));
            }
        }
    }

    // One token or one whole element from the bytes held; More when they end inside it.
    private Step TryStep(out string? element)
    {
        element = null;
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        if (!reader.Read())
        {
            return final ? Step.End : Step.More;
        }

        if (!opened)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException("not a JSON array");
            }

            opened = true;
            Consume(ref reader);
            return Step.Opened;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return Step.End;
        }

        var from = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            return Step.More;
        }

        element = Encoding.UTF8.GetString(buffer, start + from, (int)reader.BytesConsumed - from);
        Consume(ref reader);
        return Step.Element;
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
    }

    // Reads more of the stream behind the bytes held; false when one element outgrows the limit.
    private bool Fill()
    {
        if (end - start > maxElementBytes)
        {
            return false;
        }

        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            (offset, end, start) = (offset + start, end - start, 0);
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        final = read == 0;
        end += read;
        if (offset == 0 && start == 0 && buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }

        return true;
    }
}
