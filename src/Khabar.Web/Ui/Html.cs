using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Khabar.Web.Ui;

/// <summary>
/// Builds a page. Tags and attribute names come from this code; every text and attribute value goes through the
/// HTML encoder, so article fields (all untrusted) can only ever be text.
/// </summary>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder output = new(16 * 1024);

    /// <summary>Markup written by this code (a constant), never data.</summary>
    public Html Raw(string markup)
    {
        output.Append(markup);
        return this;
    }

    /// <summary>Text, escaped.</summary>
    public Html Text(string? text)
    {
        if (text is not null)
        {
            Encoder.Encode(new StringWriter(output), text);
        }

        return this;
    }

    /// <summary>An opening tag; attributes with a null value are left out, those with "" are written bare.</summary>
    public Html Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        output.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            output.Append(' ').Append(name);
            if (value.Length > 0)
            {
                output.Append("=\"");
                Text(value);
                output.Append('"');
            }
        }

        output.Append('>');
        return this;
    }

    /// <summary>A closing tag.</summary>
    public Html Close(string tag)
    {
        output.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public Html Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>The link when the URL is absolute http or https, else null: no javascript:, data: or relative tricks.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <inheritdoc />
    public override string ToString() => output.ToString();
}
