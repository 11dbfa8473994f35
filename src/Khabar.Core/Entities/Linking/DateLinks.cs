using Khabar.Entities.Ner;
using Khabar.Persian.Dates;

namespace Khabar.Entities.Linking;

/// <summary>
/// Date mentions linked to the day, month or year they name (<see cref="DatePhrases"/>): <c>سال ۲۰۱۹</c> and
/// <c>۲۰۱۹</c> are <c>dat:2019</c>, <c>سال ۹۸</c> and <c>۱۳۹۸</c> are <c>dat:1398</c>, and in an article published
/// on 1398/04/11 <c>امروز</c> is <c>dat:1398-04-11</c> (<c>۱۱ تیر ۱۳۹۸</c>). A date phrase that names no such period,
/// or counts from a day the article does not give, keeps the id of its words. A pure function.
/// </summary>
public static class DateLinks
{
    /// <summary>The mentions with their dates linked; the same list when nothing changes.</summary>
    public static IReadOnlyList<EntityMention> Apply(IReadOnlyList<EntityMention> mentions, DateTimeOffset? published)
    {
        List<EntityMention>? linked = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type != EntityTypes.Date || DatePhrases.Read(m.Text, published) is not { } period)
            {
                continue;
            }

            var id = "dat:" + period.Id;
            if (id != m.CanonicalId || period.Name != m.CanonicalName)
            {
                linked ??= [.. mentions];
                linked[i] = m with { CanonicalId = id, CanonicalName = period.Name };
            }
        }

        return linked ?? mentions;
    }
}
