using Khabar.Entities.Ner;

namespace Khabar.Core.Tests.Entities;

public sealed class ConllTests
{
    [Fact]
    public void Corpus_layouts_read_to_the_same_tokens_and_tags()
    {
        var arman = ConllReader.Read(["اسماعیل B-pers", "هنیه I-pers", "در O", "تهران B-loc", "", "حماس B-org"]).Select(TagMap.Arman.Map).ToList();
        var peyma = ConllReader.Read(["اسماعیل|B_PER", "هنیه|I_PER", "در|O", "تهران|B_LOC", "", "حماس|B_ORG"]).Select(TagMap.Peyma.Map).ToList();
        var twiner = ConllReader.Read(["اسماعیل\tB-PER", "هنیه\tI-PER", "در\tO", "تهران\tB-LOC", "", "حماس\tB-POG"]).Select(TagMap.ParsTwiner.Map).ToList();
        foreach (var read in new[] { peyma, twiner })
        {
            Assert.Equal(arman.Count, read.Count);
            for (var i = 0; i < arman.Count; i++)
            {
                Assert.Equal(arman[i].Tokens, read[i].Tokens);
                Assert.Equal(arman[i].Tags, read[i].Tags);
            }
        }

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], arman[0].Tags);
    }

    [Fact]
    public void Written_tags_read_back_unchanged()
    {
        var sentences = new[]
        {
            new NerSentence(["زیاد", "النخاله", "دبیرکل", "جهاد", "اسلامی"], ["B-PER", "I-PER", "O", "B-ORG", "I-ORG"]),
            new NerSentence(["۱۴۰۳", "/"], ["B-DAT", "O"]),
        };
        var lines = sentences.SelectMany(s => s.Tokens.Select((t, i) => $"{t}\t{s.Tags[i]}").Append("")).ToList();
        var back = ConllReader.Read(lines).ToList();
        Assert.Equal(sentences.Length, back.Count);
        for (var i = 0; i < back.Count; i++)
        {
            Assert.Equal(sentences[i].Tokens, back[i].Tokens);
            Assert.Equal(sentences[i].Tags, back[i].Tags);
        }

        Assert.Equal([["زیاد", "النخاله", "دبیرکل", "جهاد", "اسلامی"], ["۱۴۰۳", "/"]], ConllReader.ReadTokens(lines).ToList());
    }

    [Fact]
    public void Peyma_spaces_inside_a_token_become_half_spaces_and_iob1_runs_are_repaired()
    {
        var s = TagMap.Peyma.Map(ConllReader.Read(["شیرابه های|O", "سازمان|I_ORG", "ملل|I_ORG", "ساعت|B_TIM"]).Single());
        Assert.Equal("شیرابه\u200Cهای", s.Tokens[0]);
        Assert.Equal(["O", "B-ORG", "I-ORG", "O"], s.Tags);
    }

    [Fact]
    public void Keys_fold_arabic_letters_kashida_diacritics_half_spaces_and_digits()
    {
        Assert.Equal(TokenText.Key("کتاب‌ها"), TokenText.Key("كتـــابها"));
        Assert.Equal(TokenText.Key("علی"), TokenText.Key("عَلي"));
        Assert.Equal(TokenText.Key("۱۴۰۳"), TokenText.Key("1403"));
    }
}
