using System.Text.Json;
using Khabar.Entities.Ner;
using Khabar.Entities.Training;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class NewsNamesTests
{
    private const string Sentence = "اسماعیل هنیه، رئیس دفتر سیاسی حماس، با وزیر امور خارجه دیدار کرد.";

    [Fact]
    public void A_name_found_once_is_kept_only_when_once_is_enough()
    {
        var model = ShippedModel.Get();

        Assert.DoesNotContain(NewsNames.Find(model, [Sentence]), n => n.Key == "اسماعیل هنیه");
        Assert.Contains(new KeyValuePair<string, string>("اسماعیل هنیه", "PER"), NewsNames.Find(model, [Sentence], minCount: 1));
        Assert.Contains(new KeyValuePair<string, string>("اسماعیل هنیه", "PER"), NewsNames.Find(model, [Sentence, "\n" + Sentence + "\n"]));
    }

    [SkippableFact]
    public void Names_in_real_news_come_sorted_with_one_type_and_no_dates()
    {
        var texts = File.ReadLines(Repo.Shared("data", "news", "isna-5cat", "isna_5cat.jsonl")).Take(300)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => r.GetProperty("title").GetString() + "\n" + r.GetProperty("body").GetString())
            .ToList();
        var model = ShippedModel.Get();

        var names = NewsNames.Find(model, texts);
        var strict = NewsNames.Find(model, texts, minCount: 5, minShare: 1.0);

        Assert.Contains(new KeyValuePair<string, string>("ایسنا", "ORG"), names);
        Assert.True(names.Count > 100, $"{names.Count} names");
        Assert.All(names, n => Assert.Contains(n.Value, new[] { "PER", "ORG", "LOC", "FAC", "EVENT", "PRO" }));
        Assert.All(names.Zip(names.Skip(1)), p => Assert.True(string.CompareOrdinal(p.First.Key, p.Second.Key) < 0));
        Assert.All(names, n => Assert.Equal(n.Key, string.Join(' ', n.Key.Split(' ').Select(TokenText.Key))));
        Assert.NotEmpty(strict);
        Assert.True(strict.Count < names.Count);
        Assert.Subset(names.ToHashSet(), strict.ToHashSet());
    }
}
