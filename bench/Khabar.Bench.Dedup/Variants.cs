using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Seeded republished copies of a real article, as other agencies make them: their own opener always, and each
/// other change with even odds. The change names are kept so recall can be reported per change.
/// </summary>
internal sealed class Variants(int seed)
{
    private static readonly string[] Agencies = ["برنا", "مهر", "تسنیم", "ایرنا", "فارس", "باشگاه خبرنگاران جوان", "انتخاب"];
    private static readonly string[] Desks = ["", "گروه اقتصادی ", "گروه سیاسی ", "گروه فرهنگی ", "خبرنگار ورزشی "];
    private static readonly string[] Closers = ["انتهای پیام/", "پایان پیام", "/انتهای پیام/ م.ع", "ک.ب/"];
    private static readonly string[] Chrome =
    [
        "بیشتر بخوانید: آخرین اخبار اقتصادی را اینجا ببینید", "اخبار روز را در کانال تلگرام ما دنبال کنید",
        "منبع: خبرگزاری دانشجویان ایران", "لینک کوتاه: https://example.ir/x7Yz",
    ];

    private readonly Random random = new(seed);

    /// <summary>The ISNA original as ISNA printed it: its opener on the first paragraph.</summary>
    public static Article Original(Article a) => a.Paragraphs.Count == 0 ? a : a with
    {
        Paragraphs = ["به گزارش خبرگزاری دانشجویان ایران (ایسنا)، " + a.Paragraphs[0], .. a.Paragraphs.Skip(1)],
    };

    /// <summary>A copy of the original and the names of the changes made.</summary>
    public (Article Copy, List<string> Changes) Of(Article original)
    {
        var changes = new List<string> { "opener" };
        var agency = Agencies[random.Next(Agencies.Length)];
        var paragraphs = original.Paragraphs.ToList();
        paragraphs[0] = $"به گزارش {Desks[random.Next(Desks.Length)]}خبرگزاری {agency}، " + paragraphs[0][(paragraphs[0].IndexOf('،') + 2)..];
        var title = original.Title;
        if (Maybe("closer+chrome", changes))
        {
            paragraphs.Insert(random.Next(1, paragraphs.Count + 1), Chrome[random.Next(Chrome.Length)]);
            paragraphs.Add(Closers[random.Next(Closers.Length)]);
        }

        if (paragraphs.Count >= 4 && Maybe("paragraph dropped", changes))
        {
            paragraphs.RemoveAt(random.Next(1, paragraphs.Count - 1));
        }

        if (paragraphs.Count >= 3 && Maybe("paragraphs reordered", changes))
        {
            var i = random.Next(1, paragraphs.Count - 1);
            (paragraphs[i], paragraphs[i + 1]) = (paragraphs[i + 1], paragraphs[i]);
        }

        if (Maybe("half-spaces deleted or spaced", changes))
        {
            var with = random.Next(2) == 0 ? "" : " ";
            paragraphs = paragraphs.Select(p => p.Replace("\u200C", with)).ToList();
        }

        if (Maybe("Arabic letters, Persian digits", changes))
        {
            paragraphs = paragraphs.Select(p => new string(p.Select(c => c switch
            {
                'ی' => 'ي', 'ک' => 'ك', >= '0' and <= '9' => (char)('۰' + (c - '0')), _ => c,
            }).ToArray())).ToList();
        }

        if (Maybe("spacing noise", changes))
        {
            paragraphs = paragraphs.Select(p => p.Replace("، ", " ،").Replace(". ", " .  ").Replace(" و ", "  و ")).ToList();
        }

        if (Maybe("title reworded", changes))
        {
            var words = (title ?? "").Split(' ');
            title = random.Next(2) == 0 ? "فوری: " + title : string.Join(' ', words.Reverse());
        }

        return (original with { Agency = agency, Title = title, Paragraphs = paragraphs, SourceId = null }, changes);
    }

    private bool Maybe(string change, List<string> changes)
    {
        if (random.Next(2) == 0)
        {
            return false;
        }

        changes.Add(change);
        return true;
    }
}
