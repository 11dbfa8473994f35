using Khabar.Persian.Normalization;

namespace Khabar.Persian.Tests.Normalization;

/// <summary>
/// A suffix after a compound whose own half-space the repair restores (حشره کش ها → حشره‌کش‌ها): the affix
/// statistics weigh it as after the compound written as one word, whichever way the half-spaces were lost, and
/// text that has its half-spaces keeps them as they are.
/// </summary>
public sealed class CompoundSuffixTests
{
    private const string Insecticides = "استفاده بی‌رویه از حشره‌کش‌ها به زنبورهای عسل آسیب می‌زند و کشاورزان باید مراقب باشند.";
    private const string Weekly = "این هفته‌نامه‌ای است که هر پنجشنبه در شیراز منتشر می‌شود و خوانندگان زیادی دارد.";
    private const string Psychologists = "روان‌شناس‌ها می‌گویند کودکان به خواب کافی نیاز دارند و نباید تا دیروقت بیدار بمانند.";
    private const string MoreHopeful = "کارشناسان پیش‌بینی می‌کنند که قیمت‌ها در ماه‌های آینده خوش‌بینانه‌تر از قبل باشد.";
    private const string Weeklies = "سردبیر این ماهنامه گفت که هفته‌نامه‌های محلی با کمبود کاغذ روبه‌رو شده‌اند.";
    private const string Premiership = "او در دوران نخست‌وزیری‌اش چند بار به چین سفر کرد و قراردادهای مهمی امضا شد.";

    /// <summary>News-like sentences as they should be written, each with a suffix after a compound.</summary>
    public static TheoryData<string> Written() => [Insecticides, Weekly, Psychologists, MoreHopeful, Weeklies];

    /// <summary>Those whose glued words split at a known compound and its suffix (news glues روانشناس).</summary>
    public static TheoryData<string> WrittenGluedToo() => [Insecticides, Weekly, MoreHopeful, Weeklies, Premiership];

    /// <summary>Every sentence once, and two where a word after the compound is no suffix and stays apart.</summary>
    public static TheoryData<string> All() =>
    [
        Insecticides, Weekly, Psychologists, MoreHopeful, Weeklies, Premiership,
        "مدیر این هفته‌نامه گفت که روان‌شناس برجسته کشور در جلسه حضور داشت.",
        "فروش حشره‌کش اینترنتی بدون مجوز ممنوع است و متخلفان جریمه می‌شوند.",
    ];

    [Theory]
    [MemberData(nameof(Written))]
    public void ASuffixAfterACompoundWrittenApartIsJoinedToIt(string written)
    {
        var spaced = written.Replace(ArabicScript.Zwnj, ' ');
        Assert.Equal(Show(written), Show(PersianNormalizer.Default.Normalize(spaced)));
    }

    [Theory]
    [MemberData(nameof(WrittenGluedToo))]
    public void ASuffixGluedToACompoundIsSplitOff(string written)
    {
        var glued = written.Replace(ArabicScript.Zwnj.ToString(), "");
        Assert.Equal(Show(written), Show(PersianNormalizer.Default.Normalize(glued)));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void TextWithItsHalfSpacesStaysUnchanged(string written)
    {
        Assert.Equal(Show(written), Show(PersianNormalizer.Default.Normalize(written)));
    }

    [Theory]
    [InlineData("مدیر این هفته‌نامه گفت که روان‌شناس برجسته کشور در جلسه حضور داشت.")]
    [InlineData("فروش حشره‌کش اینترنتی بدون مجوز ممنوع است و متخلفان جریمه می‌شوند.")]
    public void AWordAfterACompoundThatIsNoSuffixStaysApart(string written)
    {
        var spaced = written.Replace(ArabicScript.Zwnj, ' ');
        Assert.Equal(Show(written), Show(PersianNormalizer.Default.Normalize(spaced)));
    }

    /// <summary>The text with its half-spaces made visible, for messages that tell them from spaces.</summary>
    private static string Show(string text) => text.Replace(ArabicScript.Zwnj.ToString(), "\\u200c");
}
