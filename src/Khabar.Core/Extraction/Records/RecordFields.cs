using System.Text.Json;

namespace Khabar.Extraction.Records;

/// <summary>Reads a JSON record's fields by any of their usual names, case-insensitively.</summary>
internal sealed class RecordFields(JsonElement record)
{
    /// <summary>The first of the named fields that holds a non-empty string or number, as text.</summary>
    public string? Text(params string[] names)
    {
        foreach (var name in names)
        {
            if (Find(name) is { } value)
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>The first of the named fields that holds a list: an array of strings, or a string split at separators.</summary>
    public IReadOnlyList<string>? List(string[] separators, params string[] names)
    {
        foreach (var name in names)
        {
            switch (Find(name))
            {
                case { ValueKind: JsonValueKind.Array } array:
                    return array.EnumerateArray()
                        .Where(e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                        .Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText())
                        .Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
                case { ValueKind: JsonValueKind.String } text when text.GetString() is { Length: > 0 } s:
                    return s.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }

        return null;
    }

    private JsonElement? Find(string name)
    {
        foreach (var property in record.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }
}
