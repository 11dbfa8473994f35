using Khabar.Entities.Ner;
using Khabar.Persian.Normalization;

namespace Khabar.Entities.Linking;

/// <summary>
/// The keys an entity id is made of: the name's words as news most often writes its letters
/// (<see cref="WordSegments"/>), each keyed as the tagger keys a token. So <c>کارلوس کی روش</c> and
/// <c>کارلوس کی‌روش</c>, or <c>صندوق بین المللی پول</c> and <c>صندوق بین‌المللی پول</c>, are one entity. A
/// closing honorific in brackets (<c>امام خمینی (ره)</c>, <c>امام حسین (ع)</c>) is not part of the name.
/// </summary>
public static class NameKeys
{
    private static readonly HashSet<string> Honorifics = ["ع", "ره", "س", "ص", "عج", "رض"];

    /// <summary>The keys of a name written as these tokens.</summary>
    public static string[] Of(IEnumerable<string> tokens)
    {
        var list = tokens.ToList();
        if (list is [.., "(", var honorific, ")"] && list.Count > 3 && Honorifics.Contains(TokenText.Key(honorific)))
        {
            list.RemoveRange(list.Count - 3, 3);
        }

        return [.. WordSegments.Words(list).Select(TokenText.Key)];
    }
}
