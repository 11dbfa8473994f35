using Khabar.Entities.Ner;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>A person's, organisation's or place's name does not run across <c>با</c> unless a noun that governs it comes first.</summary>
public sealed class NameBreaksTests
{
    private static readonly TagSet Tags = new(["PER", "ORG", "LOC", "PRO"], TagScheme.Bilou);

    // Emissions that favour one name of the type over all four tokens: B, I, I, L.
    private static float[] OneName(string type)
    {
        var emissions = new float[4 * Tags.Count];
        string[] wanted = [$"B-{type}", $"I-{type}", $"I-{type}", $"L-{type}"];
        for (var i = 0; i < 4; i++)
        {
            emissions[i * Tags.Count + Tags.IndexOf(wanted[i])] = 5;
        }

        return emissions;
    }

    private static string[] Decode(string[] keys, string type)
    {
        var emissions = OneName(type);
        NameBreaks.Apply(keys, emissions, Tags);
        return Viterbi.Decode(emissions, keys.Length, Tags, new float[(Tags.Count + 1) * Tags.Count]).Select(Tags.Iob2).ToArray();
    }

    [Fact]
    public void An_organisation_stops_before_a_with_that_no_governing_noun_comes_before()
    {
        var tagged = Decode(["دفتر", "سیاسی", "با", "هییت"], "ORG");

        Assert.Equal(["B-ORG", "I-ORG"], tagged[..2]);
        Assert.DoesNotMatch("^I-", tagged[2]);
    }

    [Fact]
    public void A_body_that_fights_something_keeps_its_whole_name()
    {
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG"], Decode(["ستاد", "مبارزه", "با", "قاچاق"], "ORG"));
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG", "I-ORG"], Decode(["ستاد", "مقابله", "با", "کرونا"], "ORG"));
    }

    [Fact]
    public void A_title_of_a_work_may_hold_a_with()
    {
        Assert.Equal(["B-PRO", "I-PRO", "I-PRO", "I-PRO"], Decode(["فیلم", "تنها", "با", "زمین"], "PRO"));
    }

    [Fact]
    public void The_shipped_model_keeps_the_two_delegations_of_the_founding_sample_apart()
    {
        var tokens = NerTokenizer.Tokenize(
            "هیئتی از رهبران این جنبش به ریاست اسماعیل هنیه رئیس دفتر سیاسی با هیئت جهاد اسلامی به ریاست زیاد النخاله دبیرکل این جنبش در تهران دیدار کردند.")
            .Select(t => t.Text).ToArray();

        var tags = ShippedModel.Get().Tag(tokens);

        var with = Array.IndexOf(tokens, "با");
        Assert.DoesNotMatch("^I-", tags[with]);
        Assert.Contains(tags[Array.IndexOf(tokens, "جهاد")], new[] { "B-ORG", "I-ORG" });
    }
}
