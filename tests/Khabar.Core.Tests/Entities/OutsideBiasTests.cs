using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

/// <summary>
/// The decoder's bias against the outside tag: none unless the model's info gives one; the more, the more it names
/// (a best tagging with fewer outside tags can only gain as the bias grows).
/// </summary>
public sealed class OutsideBiasTests
{
    // The founding sample's lead, as Borna wrote it.
    private static readonly string[] Tokens = NerTokenizer.Tokenize(
        "اسماعیل هنیه، رئیس دفتر سیاسی حماس و زیاد النخاله، دبیرکل جهاد اسلامی فلسطین در تهران با یکدیگر دیدار کردند.")
        .Select(t => t.Text).ToArray();

    [Fact]
    public void The_shipped_model_has_no_bias()
    {
        Assert.Equal(0, ShippedModel.Get().OutsideBias);
        Assert.Equal(ShippedModel.Get().Tag(Tokens), ShippedModel.Get().WithOutsideBias(0).Tag(Tokens));
    }

    [Fact]
    public void A_larger_bias_names_no_fewer_tokens_and_a_huge_one_names_every_token()
    {
        var named = new[] { 0f, 1f, 3f, 10f, 1000f }.Select(b => ShippedModel.Get().WithOutsideBias(b).Tag(Tokens).Count(t => t != "O")).ToList();
        Assert.All(named.Zip(named.Skip(1)), pair => Assert.True(pair.First <= pair.Second, string.Join(", ", named)));
        Assert.Equal(Tokens.Length, named[^1]);
        Assert.Equal(0, ShippedModel.Get().OutsideBias);
    }
}
