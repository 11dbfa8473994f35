using Khabar.Model;

namespace Khabar.Reading;

/// <summary>A page read from an input, or the error for the part that could not be read.</summary>
public readonly record struct PageResult(Page? Page, ItemError? Error)
{
    public static PageResult Ok(Page page) => new(page, null);

    public static PageResult Fail(string source, string reason) => new(null, new ItemError(source, reason));
}
