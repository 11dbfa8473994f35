using Khabar.Entities;
using Khabar.Entities.Learning;
using Khabar.Entities.Linking;
using Khabar.Model;

namespace Khabar.Core.Tests.Entities;

/// <summary>The seed list names every state; the shipped model keeps its own seeds for its features, and the linker knows both.</summary>
public sealed class SeedCountryTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    // The 193 member states of the United Nations and its two observer states, by ISO 3166-1 code.
    private const string States =
        "af al dz ad ao ag ar am au at az bs bh bd bb by be bz bj bt bo ba bw br bn bg bf bi cv kh cm ca cf td cl cn co km cg cd cr ci "
        + "hr cu cy cz dk dj dm do ec eg sv gq er ee sz et fj fi fr ga gm ge de gh gr gd gt gn gw gy ht hn hu is in id ir iq ie il it jm "
        + "jp jo kz ke ki kp kr kw kg la lv lb ls lr ly li lt lu mg mw my mv ml mt mh mr mu mx fm md mc mn me ma mz mm na nr np nl nz ni "
        + "ne ng mk no om pk pw pa pg py pe ph pl pt qa ro ru rw kn lc vc ws sm st sa sn rs sc sl sg sk si sb so za ss es lk sd sr se ch "
        + "sy tj tz th tl tg to tt tn tr tm tv ug ua ae gb us uy uz vu ve vn ye zm zw va ps";

    [Fact]
    public void Every_member_and_observer_state_is_a_seed_with_a_persian_and_an_english_name()
    {
        var codes = States.Split(' ');
        Assert.Equal(195, codes.Distinct().Count());
        var seeds = SeedEntities.BuiltIn.ToDictionary(s => s.Id);
        Assert.All(codes, c => Assert.True(seeds.TryGetValue("country:" + c, out var s) && s.Name.Length > 1 && s.English.Length > 1, c));
        Assert.Equal(SeedEntities.BuiltIn.Count, SeedEntities.BuiltIn.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Every_name_of_the_models_own_seeds_links_to_the_same_id_as_before()
    {
        var model = ShippedModel.Get();
        var before = new SeedIndex(model.Seeds);
        var now = new SeedIndex(SeedEntities.ForLinking(model.Seeds));
        var names = model.Seeds.SelectMany(s => s.Names.Select(n => (Name: n, s.Type))).ToList();
        Assert.True(names.Count > 1000);
        Assert.All(names, n => Assert.Equal(before.Find(n.Name, n.Type)?.Id, now.Find(n.Name, n.Type)?.Id));

        // The model was trained with the older list: its gazetteer (and so its tagging) does not change with the list.
        Assert.DoesNotContain(model.Seeds, s => s.Id == "country:ee");
    }

    [Fact]
    public void The_training_list_is_the_one_the_shipped_model_was_trained_with_and_linking_knows_it_whole()
    {
        var model = ShippedModel.Get();

        // What khabar train ner gives the gazetteer features: a change here is a new model (see SeedAdditions).
        Assert.Equal(SeedEntities.Tagger.Select(s => s.ToString()), model.Seeds.Take(SeedEntities.Tagger.Count).Select(s => s.ToString()));
        Assert.DoesNotContain(model.Seeds.Skip(SeedEntities.Tagger.Count), s => !s.Id.StartsWith("ir-", StringComparison.Ordinal));
        var linking = SeedEntities.BuiltIn.ToDictionary(s => s.Id);
        Assert.All(SeedEntities.Tagger, s => Assert.Subset(linking[s.Id].Names.ToHashSet(), s.Names.ToHashSet()));
        Assert.Contains("جمهوری خلق چین", linking["country:cn"].Names);
        Assert.Equal(["بریتانیا", "انگلستان", "پادشاهی متحده", "بریتانیای کبیر"], linking["country:gb"].Aliases);
        Assert.Equal("NASA", linking["org:nasa"].English);
    }

    [Theory]
    [InlineData("ایالات متحده", "country:us")]
    [InlineData("ایالات متحده آمریکا", "country:us")]
    [InlineData("استونی", "country:ee")]
    [InlineData("استونیا", "country:ee")]
    [InlineData("ایرلند", "country:ie")]
    [InlineData("بوسنی و هرزگوین", "country:ba")]
    [InlineData("هنگ‌کنگ", "country:hk")]
    [InlineData("هنگ کنگ", "country:hk")]
    [InlineData("سوییس", "country:ch")]
    public void Persian_spellings_find_their_country(string name, string id) =>
        Assert.Equal(id, new SeedIndex(SeedEntities.ForLinking(ShippedModel.Get().Seeds)).Find(name, "LOC")?.Id);

    [Theory]
    // ISNA (isna-5cat): companies named with their country in brackets.
    [InlineData("قرارداد پخش با شرکت اونوکوفیلم (استونیا) امضا شد و فیلم در اروپا اکران می‌شود.", "استونیا")]
    [InlineData("این دارو را شرکت تلگال (ایرلند) تولید می‌کند و به زودی وارد بازار می‌شود.", "ایرلند")]
    public void A_country_in_brackets_after_a_company_is_not_its_short_name(string paragraph, string country)
    {
        var mentions = Stage.Find(new Article { Source = "test", Paragraphs = [paragraph] });

        var companies = mentions.Where(m => m.Type == "ORG" && m.Text != country).Select(m => m.CanonicalId).ToHashSet();
        Assert.DoesNotContain(mentions, m => m.Text == country && companies.Contains(m.CanonicalId));
    }

    [Fact]
    public void A_country_the_tagger_read_as_a_person_never_takes_a_learned_surname()
    {
        // Real lines (isna-5cat): the film director James Cameron, and Cameroon's football team.
        var learned = new LearnedNames();
        var director = new Article { Source = "test", Paragraphs = ["جیمز کامرون کارگردان فیلم تایتانیک است و جیمز کامرون فیلم تازه‌ای می‌سازد."] };
        learned.Add(TaughtEntity.Of(Stage.Find(director)));
        learned.Add(TaughtEntity.Of(Stage.Find(director)));
        var mentions = new List<EntityMention> { new("کامرون", "PER", "lead", 0, 6, "per:کامرون", "کامرون") };
        Assert.Equal("per:جیمز_کامرون", learned.Resolve("per:کامرون", "PER")?.Id);

        Assert.Same(mentions, ArchiveLinker.Link(mentions, learned));
    }
}
