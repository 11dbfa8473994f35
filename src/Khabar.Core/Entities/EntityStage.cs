using Khabar.Entities.Linking;
using Khabar.Entities.Ner;
using Khabar.Model;
using Khabar.Pipeline;

namespace Khabar.Entities;

/// <summary>Finds the people, organisations, places and other named entities of an article, linked and with roles.</summary>
public sealed class EntityStage : IArticleStage
{
    private readonly Lazy<(NerModel Model, Canonicalizer Linker)> parts;

    /// <summary>A stage with the shipped model (loaded on first use).</summary>
    public EntityStage()
        : this(() => NerModelStore.Default)
    {
    }

    /// <summary>A stage with the given model.</summary>
    public EntityStage(NerModel model)
        : this(() => model)
    {
    }

    private EntityStage(Func<NerModel> model) =>
        parts = new(() => { var m = model(); return (m, new Canonicalizer(new SeedIndex(SeedEntities.ForLinking(m.Seeds)))); });

    /// <summary>The article with its entities.</summary>
    public Article Process(Article article) => article with { Entities = Find(article) };

    /// <summary>The entity mentions of the title, kicker, lead and paragraphs, in that order.</summary>
    public IReadOnlyList<EntityMention> Find(Article article)
    {
        var (model, linker) = parts.Value;
        var fields = FieldMentions.Tag(model, Fields(article).ToList());
        return linker.Link(PersonPropagation.Apply(fields, linker.Seeds), article.Published);
    }

    /// <summary>The fields entities are found in, by name, in reading order.</summary>
    internal static IEnumerable<(string Name, string Text)> Fields(Article article)
    {
        if (article.Title is { Length: > 0 } title)
        {
            yield return ("title", title);
        }

        if (article.Kicker is { Length: > 0 } kicker)
        {
            yield return ("kicker", kicker);
        }

        if (article.Lead is { Length: > 0 } lead)
        {
            yield return ("lead", lead);
        }

        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            yield return ($"paragraphs[{i}]", article.Paragraphs[i]);
        }
    }
}
