namespace Khabar.Entities.Linking;

/// <summary>
/// Seeds for linking only, added after the shipped tagger was trained: more spellings of seeds of its list (a line
/// whose id is already a seed adds its aliases there) and organisations it does not know. <c>id|type|name|english|aliases</c>.
/// </summary>
internal static class SeedAdditions
{
    public static readonly string[] Lines =
    [
        "country:cn|LOC|چین|China|جمهوری خلق چین",
        "country:ru|LOC|روسیه|Russia|فدراسیون روسیه",
        "country:gb|LOC|انگلیس|United Kingdom|پادشاهی متحده;بریتانیای کبیر",
        "country:ae|LOC|امارات|United Arab Emirates|امارات عربی متحده",
        "country:ch|LOC|سوئیس|Switzerland|سوییس",
        "country:pt|LOC|پرتغال|Portugal|پرتقال",
        "org:nasa|ORG|ناسا|NASA|سازمان هوانوردی و فضایی آمریکا;سازمان فضایی آمریکا",
        "agency:fars|ORG|خبرگزاری فارس|Fars News Agency|فارس",
        "agency:mehr|ORG|خبرگزاری مهر|Mehr News Agency|مهر",
    ];
}
