using Khabar.Entities;
using Khabar.Model;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>Roles read beside names in sentences of Hamshahri, AsrIran, Tabnak and ISNA articles, as scraped (long ones cut short after the role).</summary>
public sealed class RoleReaderTests
{
    private static readonly EntityStage Stage = new(ShippedModel.Get());

    private static IReadOnlyList<EntityMention> Find(string sentence) =>
        Stage.Find(new Article { Source = "test", Paragraphs = [sentence] });

    [Theory]
    [InlineData("حالا بیل پاسکرل، نماینده دموکرات کنگره آمریکا خواهان احضار مترجم نشست ترامپ و پوتین برای ارائه توضیحات به کنگره شده است.", "پاسکرل", "نماینده دموکرات کنگره آمریکا")]
    [InlineData("خبرگزاری حوزه گزارش داده است که «شورای سیاستگذاری ائمه جمعه» با استعفای شجاع‌الدین ابطحی، امام جمعه ایرانشهر موافقت کرده است.", "ابطحی", "امام جمعه ایرانشهر")]
    [InlineData("سردار حاجی زاده فرمانده نیروی هوافضای سپاه می‌گوید: اگر آمریکایی‌ها به حمله موشکی عین الاسد پاسخ می‌دادند ۴۰۰ نقطه را می‌زدیم.", "زاده", "فرمانده نیروی هوافضای سپاه")]
    [InlineData("علی خضریان، نماینده تهران این توضیح را بیان کرد که تاکید رهبر انقلاب بر ویژگی‌های مطلوب رییس‌جمهور آینده است.", "خضریان", "نماینده تهران")]
    [InlineData("جواد نکونام سرمربی تیم فولاد خوزستان آماده است تا بخشی از دستمزد خود را از باشگاه دریافت نکند.", "نکونام", "سرمربی تیم فولاد خوزستان")]
    [InlineData("سید غلامرضا میرحسینی ـ مدیر رادیو ورزش ـ در گفت‌وگویی با ایسنا درباره اقدام رادیو ورزش بر پخش زنده مسابقات ورزشی بانوان و توجه به جایگاه ویژه بانوان در حوزه ورزش توضیح داد.", "میرحسینی", "مدیر رادیو ورزش")]
    [InlineData("ترامپ: بایدن رئیس جمهور شود ایران و چین، آمریکا را مال خود می‌کنند", "بایدن", "رئیس جمهور")]
    [InlineData("جرومی پاول، رئیس فدرال‌رزرو دیشب به کنگره آمریکا اطمینان داد که با بسته مالی جدید تورم از کنترل خارج نخواهد شد.", "پاول", "رئیس فدرال‌رزرو")]
    [InlineData("به نظر می‌رسد آقای لاریجانی رئیس محترم مجلس باید به صورت شفاف در این مورد پاسخگو باشند.", "لاریجانی", "رئیس محترم مجلس")]
    [InlineData("او ادامه داد: اما به دلیل اینکه با دبیر جشنواره آقای نادر برهانی مرند قول و قراری داشتم، قرار بر این شد.", "برهانی", "دبیر جشنواره")]
    public void A_role_ends_where_its_phrase_does_not_run_on_into_the_sentence(string sentence, string surname, string role)
    {
        var mentions = Find(sentence);
        var person = Assert.Single(mentions, m => m.Type == "PER" && m.Text.EndsWith(surname, StringComparison.Ordinal));
        Assert.Equal(role, person.Role);
    }

    // ISNA sentences that name a child and a parent; the kinship is the child's, with the parent's name.
    [Theory]
    [InlineData("نادر مشایخی فرزند جمشید مشایخی به خبرنگار ایسنا گفت: رضا کیانیان پیشنهاد داد تا یادگاری‌ها و جوایز پدرم را به موزه سینما اهدا کنیم که همه خانواده با این پیشنهاد موافق هستند و قرار است به زودی این کار انجام شود.", "نادر مشایخی", "جمشید مشایخی")]
    [InlineData("منوچهر ریاحی فرزند شهلا ریاحی نیز که در مراسم حاضر بود، در غیاب مادرش گفت: من مدرک دکتری خود را مدیون مادرم هستم.", "منوچهر ریاحی", "شهلا ریاحی")]
    [InlineData("فرهاد دولت‌آبادی، فرزند محمود دولت‌آبادی به نیابت از پدرش این مدالیوم را دریافت کرد.", "فرهاد دولت‌آبادی", "محمود دولت‌آبادی")]
    public void A_kinship_is_the_role_of_the_name_before_it_not_after(string sentence, string child, string parent)
    {
        var mentions = Find(sentence);
        Assert.Equal("فرزند " + parent, Assert.Single(mentions, m => m.Text == child).Role);
        Assert.Null(Assert.Single(mentions, m => m.Text == parent).Role);
    }

    // A role between two names is the first's; a head that says what someone is to a person (معاون, دستیار, مشاور)
    // is not the role of the person after it. ISNA, Varzesh3 and Hamshahri sentences.
    [Theory]
    [InlineData("هم‌چنین بهروز کمالوندی سخنگوی سازمان انرژی اتمی صالحی را در این سفر همراهی می‌کند.", "کمالوندی", "سخنگوی سازمان انرژی اتمی", "صالحی")]
    [InlineData("امید نمازی دستیار کارلوس کی‌روش، در نامه‌ای به رئیس فدراسیون فوتبال اعلام کرد به دلیل مشکلات خانوادگی نمی‌تواند در کادر فنی تیم ملی حضور داشته باشد.", "نمازی", "دستیار", "کی‌روش")]
    public void A_role_between_two_names_is_the_first_ones(string sentence, string first, string role, string second)
    {
        var mentions = Find(sentence);
        Assert.Equal(role, Assert.Single(mentions, m => m.Type == "PER" && m.Text.EndsWith(first, StringComparison.Ordinal)).Role);
        Assert.Null(Assert.Single(mentions, m => m.Type == "PER" && m.Text.EndsWith(second, StringComparison.Ordinal)).Role);
    }

    [Fact]
    public void A_relation_to_a_person_is_not_the_persons_role() =>
        Assert.Null(Assert.Single(Find("مشاور روحانی: آمریکا اگر چیزی بیش از برجام می‌خواهد، باید چیزهایی بیش از برجام بدهد"), m => m.Text == "روحانی").Role);

    [Fact]
    public void After_a_name_with_a_role_of_its_own_a_role_is_the_next_names()
    {
        var mentions = Find("رئیس جمهور ترامپ، نخست‌وزیر آبه را برای انتقال پیامش [به ایران] فرستاد.");
        Assert.Equal("رئیس جمهور", Assert.Single(mentions, m => m.Text == "ترامپ").Role);
        Assert.Equal("نخست‌وزیر", Assert.Single(mentions, m => m.Text == "آبه").Role);
    }

    [Fact]
    public void Titles_in_a_list_of_names_are_each_names_own()
    {
        var mentions = Find("استیون منوچین، وزیر خزانه‌داری آمریکا نیز با طرح این ادعا که تحریم‌های آمریکا علیه ایران، میلیاردها دلار از دارایی‌های ایران را مسدود کرده است گفت که آمریکا سردار حاجی‌زاده، فرمانده نیروی هوافضای سپاه پاسداران، سردار تنگسیری فرمانده نیروی دریایی سپاه پاسداران، سردار پاکپور، فرمانده نیروی زمینی سپاه پاسداران، سردار عباس غلام شاهی، سردار رمضان زیراهی، سردار یدالله بادین، سردار منصور روانکار و سردار علی عظمایی را تحریم کرده است.");
        Assert.Equal("سردار", Assert.Single(mentions, m => m.Text == "منصور روانکار").Role);
    }

    [Fact]
    public void A_verb_between_a_role_and_a_name_keeps_the_role_from_the_name()
    {
        var mentions = Find("در حالی که این روزها بازیکنان استقلال در صف اول اعتراض به مدیرعامل استقلال قرار دارند فرهاد مجیدی تنها در فضای مجازی به اتفاقات باشگاه واکنش‌های نرمی نشان می‌دهد.");
        var majidi = Assert.Single(mentions, m => m.Text == "فرهاد مجیدی");
        Assert.Null(majidi.Role);
    }
}
