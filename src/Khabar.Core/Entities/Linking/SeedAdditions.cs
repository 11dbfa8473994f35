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
        "org:google|ORG|گوگل|Google|شرکت گوگل",
        "org:apple|ORG|اپل|Apple|شرکت اپل",
        "org:microsoft|ORG|مایکروسافت|Microsoft|شرکت مایکروسافت",
        "org:samsung|ORG|سامسونگ|Samsung|شرکت سامسونگ",
        "org:nokia|ORG|نوکیا|Nokia|شرکت نوکیا",
        "org:huawei|ORG|هوآوی|Huawei|هواوی;شرکت هوآوی",
        "org:spacex|ORG|اسپیس ایکس|SpaceX|شرکت اسپیس ایکس",
        "org:facebook|ORG|فیسبوک|Facebook|فیس بوک;شرکت فیسبوک",
        "org:twitter|ORG|توییتر|Twitter|توئیتر",
        "org:instagram|ORG|اینستاگرام|Instagram|",
        "org:amazon|ORG|شرکت آمازون|Amazon|آمازون",
        "org:oilprice|ORG|اویل پرایس|OilPrice|",
        "org:bloomberg|ORG|بلومبرگ|Bloomberg|",
        "pro:global-hawk|PRO|گلوبال هاوک|RQ-4 Global Hawk|پهپاد گلوبال هاوک",
        "pro:bitcoin|PRO|بیت کوین|Bitcoin|بیتکوین",
        "pro:ethereum|PRO|اتریوم|Ethereum|اتریم",
        "pro:litecoin|PRO|لایت کوین|Litecoin|",
        "pro:polkadot|PRO|پولکا دوت|Polkadot|پولکادات",
        "pro:ripple|PRO|ریپل|XRP|",
        "pro:dogecoin|PRO|دوج کوین|Dogecoin|",
        "pro:cardano|PRO|کاردانو|Cardano|",
        "pro:binance-coin|PRO|بایننس کوین|BNB|",
        "pro:tether|PRO|تتر|Tether|",
        "pro:dow-jones|PRO|داو جونز|Dow Jones Industrial Average|شاخص داو جونز",
        "pro:nasdaq|PRO|نزدک|Nasdaq Composite|شاخص نزدک",
        "pro:sp500|PRO|اس اند پی ۵۰۰|S&P 500|اس اند پی",
        "pro:brent|PRO|برنت|Brent crude|نفت برنت",
        "pro:wti|PRO|وست تگزاس اینترمدیت|West Texas Intermediate|نفت وست تگزاس اینترمدیت",
    ];
}
