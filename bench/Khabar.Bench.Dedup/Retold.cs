using Khabar.Model;

namespace Khabar.Bench.Dedup;

/// <summary>
/// Seeded reports of one event by another agency, rewritten beyond a near copy: the other agency's opener, the
/// lead sentence, about a third of the other sentences in another order, two sentences of background taken from an
/// article of another desk, and the title reworded. Names, places and figures of the kept sentences stay.
/// </summary>
internal sealed class Retold(int seed)
{
    private static readonly string[] Agencies = ["برنا", "مهر", "تسنیم", "ایرنا", "فارس", "باشگاه خبرنگاران جوان", "انتخاب"];
    private readonly Random random = new(seed);

    /// <summary>A rewritten report of the original's event; <paramref name="background"/> is an article of another desk.</summary>
    public Article Of(Article original, Article background)
    {
        var sentences = Sentences(original).ToList();
        var kept = sentences.Skip(1).Where(_ => random.Next(3) == 0).OrderBy(_ => random.Next()).ToList();
        var extra = Sentences(background).OrderBy(_ => random.Next()).Take(2).ToList();
        var agency = Agencies[random.Next(Agencies.Length)];
        var body = new List<string> { $"به گزارش خبرگزاری {agency}، " + sentences.FirstOrDefault() };
        body.AddRange(kept.Concat(extra).OrderBy(_ => random.Next()).Chunk(2).Select(c => string.Join(' ', c)));
        var words = (original.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = random.Next(2) == 0 ? string.Join(' ', words.Reverse()) : string.Join(' ', words.Skip(words.Length / 3).Concat(words.Take(words.Length / 3)));
        return original with { Agency = agency, Title = title, Paragraphs = body, SourceId = null, Entities = [] };
    }

    private static IEnumerable<string> Sentences(Article article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var start = 0;
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (paragraph[i] is '.' or '!' or '؟' or '?' && (i + 1 == paragraph.Length || paragraph[i + 1] == ' '))
                {
                    if (paragraph[start..(i + 1)].Trim() is { Length: > 20 } sentence)
                    {
                        yield return sentence;
                    }

                    start = i + 1;
                }
            }

            if (paragraph[start..].Trim() is { Length: > 20 } rest)
            {
                yield return rest;
            }
        }
    }
}
