using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class FastTaggerTests
{
    private static readonly Lazy<ReferenceTagger> Reference = new(() => new ReferenceTagger(ShippedModel.Get()));

    [SkippableFact]
    public void The_fast_tagger_gives_the_reference_tags_on_peyma_dev()
    {
        var dev = ConllReader.ReadFile(Repo.Shared("data", "ner", "peyma", "dev.txt")).Take(400).ToList();
        foreach (var s in dev)
        {
            Assert.Equal(Reference.Value.Tag(s.Tokens), ShippedModel.Get().Tag(s.Tokens));
        }

        // As one document, each sentence with the words around its words' other occurrences.
        var sentences = dev.Select(s => s.Tokens).ToList();
        Assert.Equal(Reference.Value.TagDocument(sentences), ShippedModel.Get().TagDocument(sentences));
    }

    [Fact]
    public void An_article_is_tagged_as_one_document_across_its_fields()
    {
        var model = ShippedModel.Get();
        (string, string)[] fields =
        [
            ("title", "دیدار اسماعیل هنیه با وزیر امور خارجه"),
            ("paragraphs[0]", "اسماعیل هنیه، رئیس دفتر سیاسی حماس، در تهران با وزیر امور خارجه ایران دیدار کرد."),
            ("paragraphs[1]", "هنیه گفت: مقاومت ادامه دارد. هنیه سپس به دوحه رفت."),
        ];

        var tagged = FieldMentions.Tag(model, fields);
        var sentences = tagged.SelectMany(f => Split(f.Tokens.Select(t => t.Text).ToList())).ToList();
        var expected = Reference.Value.TagDocument(sentences).SelectMany(s => s);

        Assert.Equal(TagSpan.From(expected.ToList()), TagSpan.From(tagged.SelectMany(f => Tags(f)).ToList()));
        Assert.Equal(fields.Select(f => f.Item1), tagged.Select(f => f.Field));
    }

    // Sentences as FieldMentions cuts them: after . ! ؟ ? that follow a token of the sentence.
    private static IEnumerable<IReadOnlyList<string>> Split(List<string> tokens)
    {
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "." or "!" or "؟" or "?" && i > start || i == tokens.Count - 1)
            {
                yield return tokens[start..(i + 1)];
                start = i + 1;
            }
        }
    }

    // The IOB2 tags of a field's tokens, from its spans.
    private static IEnumerable<string> Tags(FieldMentions field)
    {
        var tags = Enumerable.Repeat("O", field.Tokens.Count).ToArray();
        foreach (var span in field.Spans)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                tags[i] = (i == span.Start ? "B-" : "I-") + span.Type;
            }
        }

        return tags;
    }

    [SkippableFact]
    public void Article_fields_are_tagged_as_the_reference_tags_their_sentences()
    {
        var article = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        var model = ShippedModel.Get();
        foreach (var text in article.Paragraphs.Prepend(article.Title ?? ""))
        {
            var field = FieldMentions.Tag(model, "f", text);
            var tokens = NerTokenizer.Tokenize(text).Select(t => t.Text).ToList();
            var tags = Reference.Value.TagDocument(Split(tokens).ToList()).SelectMany(s => s).ToList();
            Assert.Equal(TagSpan.From(tags), field.Spans);
            Assert.Equal(tokens.Select(TokenText.Key), field.Keys);
        }
    }

    [Fact]
    public void Odd_tokens_are_tagged_as_the_reference_tags_them()
    {
        var random = new Random(99);
        string[] pieces = ["اسماعیل", "هنیه", "حماس", "می‌شود", "می شود", "كتـــاب", "عَلي", "۱۴۰۳", "1403", "Tehran", "USA", "،", ".",
            "\u200C", "\u200E", "ایالات‌متحده", "سازمان ملل", "تهران", "غزه", "a\u200Cb\u200Cc", "İ", "ΣΑ", "😀", "x\u0000y"];
        for (var round = 0; round < 200; round++)
        {
            var tokens = Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : "")).ToList();
            Assert.Equal(Reference.Value.Tag(tokens), ShippedModel.Get().Tag(tokens));
        }
    }
}
