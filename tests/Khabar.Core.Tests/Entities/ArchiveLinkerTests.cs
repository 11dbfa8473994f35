using Khabar.Entities;
using Khabar.Entities.Learning;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

public sealed class ArchiveLinkerTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    private static Article Paragraph(string text) => new() { Source = "test", Paragraphs = [text] };

    [SkippableFact]
    public void The_founding_sample_teaches_its_people_with_their_surnames_and_not_its_seed_organisations()
    {
        var article = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        var taught = TaughtEntity.Of(Stage.Find(article));

        var haniyeh = Assert.Single(taught, t => t.Id == "per:اسماعیل_هنیه");
        Assert.Equal(["per:هنیه"], haniyeh.Short);
        Assert.Equal("per:اسماعیل", haniyeh.Given);
        Assert.Contains(taught, t => t.Id == "per:زیاد_النخاله");
        Assert.DoesNotContain(taught, t => t.Id is "org:hamas" or "org:pij");
        Assert.All(taught, t => Assert.True(t.Type is "PER" or "ORG"));
    }

    [SkippableFact]
    public void A_bare_surname_takes_the_learned_full_name_and_everything_else_stays_as_it_was()
    {
        var full = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        var learned = new LearnedNames();
        learned.Add(TaughtEntity.Of(Stage.Find(full)));
        var bare = Paragraph("هنیه در دیدار با وزیر امور خارجه گفت که حماس به آتش‌بس پایبند است.");
        bare = bare with { Entities = Stage.Find(bare) };
        Assert.Same(bare, ArchiveLinker.Link(bare, learned));

        // A second article that writes the full name: now the surname links.
        learned.Add(TaughtEntity.Of(Stage.Find(Paragraph("اسماعیل هنیه، رئیس دفتر سیاسی حماس، با وزیر امور خارجه دیدار کرد."))));
        bare = bare with { Entities = Stage.Find(bare) };

        var linked = ArchiveLinker.Link(bare, learned);

        var person = Assert.Single(linked.Entities, m => m.Text == "هنیه");
        Assert.Equal(("per:اسماعیل_هنیه", "اسماعیل هنیه"), (person.CanonicalId, person.CanonicalName));
        Assert.Equal(bare.Entities.Where(m => m.Text != "هنیه"), linked.Entities.Where(m => m.Text != "هنیه"));
        Assert.Same(full, ArchiveLinker.Link(full, new LearnedNames()));
    }

    [SkippableFact]
    public void Relinking_takes_back_links_the_knowledge_no_longer_supports_and_keeps_the_rest()
    {
        var full = Extract.File(Repo.Shared("fixtures", "seed", "borna-2076019.txt"));
        var learned = new LearnedNames();
        learned.Add(TaughtEntity.Of(Stage.Find(full)));
        learned.Add(TaughtEntity.Of(Stage.Find(Paragraph("اسماعیل هنیه، رئیس دفتر سیاسی حماس، با وزیر امور خارجه دیدار کرد."))));
        var bare = Paragraph("هنیه گفت که حماس به آتش‌بس پایبند است. هنیه امروز به دوحه می‌رود.");
        bare = bare with { Entities = Stage.Find(bare) };
        var linked = ArchiveLinker.Link(bare, learned);
        Assert.NotSame(bare, linked);

        Assert.Equal(bare.Entities, ArchiveLinker.Unlink(linked.Entities));
        Assert.Equal(bare.Entities, ArchiveLinker.Relink(linked, new LearnedNames()).Entities);
        Assert.Same(linked, ArchiveLinker.Relink(linked, learned));
        Assert.Equal(linked.Entities, ArchiveLinker.Relink(bare, learned).Entities);

        // An article that writes the full name keeps its own links: nothing to take back.
        var own = full with { Entities = Stage.Find(full) };
        Assert.Same(own.Entities, ArchiveLinker.Unlink(own.Entities));
    }

    [SkippableFact]
    public void Relinking_keeps_a_ministry_named_after_its_minister_as_ingest_and_reindex_both_link_it()
    {
        // Two articles write the ministry in full and shorter: وزارت نفت stands for وزارت نفت ایران.
        var learned = new LearnedNames();
        foreach (var text in new[]
        {
            "وزارت نفت ایران اعلام کرد صادرات نفت افزایش یافته است. به گفته وزارت نفت این روند ادامه دارد.",
            "وزارت نفت ایران قرارداد تازه‌ای امضا کرد. وزارت نفت پیش از این نیز قراردادهایی بسته بود.",
        })
        {
            learned.Add(TaughtEntity.Of(Stage.Find(Paragraph(text))));
        }

        var minister = Paragraph("وزیر نفت امروز درباره قیمت جهانی نفت سخن گفت.");
        minister = minister with { Entities = Stage.Find(minister) };
        var own = Assert.Single(minister.Entities, m => m.Text == "نفت" && m.Type == "ORG");
        Assert.Equal("org:وزارت_نفت", own.CanonicalId);

        var linked = ArchiveLinker.Link(minister, learned);
        Assert.Equal("org:وزارت_نفت_ایران", Assert.Single(linked.Entities, m => m.Start == own.Start).CanonicalId);

        // Linked again (the end of an ingest, a reindex): still the ministry; with nothing learned, the ministry as the
        // article alone names it, never the bare word نفت (oil).
        Assert.Same(linked, ArchiveLinker.Relink(linked, learned));
        Assert.Equal(minister.Entities, ArchiveLinker.Relink(linked, new LearnedNames()).Entities);
    }

    [Fact]
    public void Random_mentions_never_throw_and_what_they_teach_adds_up_and_takes_back_to_nothing()
    {
        var random = new Random(1403);
        const string letters = "ابپتثجحخدذرزسشصضطظعغفقکگلمنوهیءآئ ‌_:";
        string Word(int n) => new(Enumerable.Range(0, n).Select(_ => letters[random.Next(letters.Length)]).ToArray());
        var learned = new LearnedNames();
        var all = new List<IReadOnlyList<TaughtEntity>>();
        for (var i = 0; i < 300; i++)
        {
            var mentions = Enumerable.Range(0, random.Next(6)).Select(_ =>
            {
                var type = new[] { "PER", "ORG", "LOC" }[random.Next(3)];
                var text = Word(random.Next(0, 12));
                var id = random.Next(3) == 0 ? Word(random.Next(0, 8)) : TaughtEntity.WouldBe(text, type) + (random.Next(2) == 0 ? "_" + Word(4) : "");
                return new EntityMention(text, type, "lead", 0, text.Length, id, Word(6));
            }).ToList();
            var taught = TaughtEntity.Of(mentions);
            all.Add(taught);
            learned.Add(taught);
            var linked = ArchiveLinker.Link(mentions, learned);
            Assert.Equal(linked.Count, ArchiveLinker.Unlink(linked).Count);
            Assert.Equal(ArchiveLinker.Link(ArchiveLinker.Unlink(linked), learned).Count, mentions.Count);
        }

        foreach (var taught in all)
        {
            learned.Add(taught, -1);
        }

        Assert.All(learned.Entities(), e => Assert.Equal(0, e.Articles));
        Assert.Empty(learned.Names());
    }
}
