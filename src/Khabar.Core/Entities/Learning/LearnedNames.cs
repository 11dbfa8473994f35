namespace Khabar.Entities.Learning;

/// <summary>
/// What an archive has learned of the people and organisations its articles name: per entity its type, name and
/// article count; per bare form (<c>per:هنیه</c>) the entities it stood for and in how many articles. The store keeps
/// one in step with what it has committed; <see cref="Pending"/> lays a batch's lessons over it without touching it.
/// </summary>
public sealed class LearnedNames
{
    private readonly Dictionary<string, (string Type, string Name, long Articles)> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<(string EntityId, string Kind), long>> forms = new(StringComparer.Ordinal);
    private readonly LearnedNames? under;
    private readonly Lock gate = new();

    /// <summary>How the forms of people begin; they are never stored, since they follow from the full names.</summary>
    public const string PersonPrefix = "per:";

    /// <summary>Knowledge with nothing learned.</summary>
    public LearnedNames()
    {
    }

    private LearnedNames(LearnedNames under) => this.under = under;

    /// <summary>How many entities are known.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entities.Count;
            }
        }
    }

    /// <summary>
    /// Knowledge made of stored rows: the entities, and the forms that do not follow from them (a person's surname and
    /// given name follow from the full name and count its articles, so they are made here; forms given for people are ignored).
    /// </summary>
    public static LearnedNames From(IEnumerable<LearnedEntity> entities, IEnumerable<LearnedName> names)
    {
        var learned = new LearnedNames();
        foreach (var e in entities)
        {
            learned.entities[e.Id] = (e.Type, e.Name, e.Articles);
            if (e.Type == Ner.EntityTypes.Person && TaughtEntity.KeysOf(e.Id, e.Type, out var keys) && keys.Length >= 2)
            {
                var (surname, given) = TaughtEntity.PersonForms(keys);
                if (surname is not null)
                {
                    learned.FormsOf(surname)[(e.Id, LearnedName.Short)] = e.Articles;
                }

                learned.FormsOf(given)[(e.Id, LearnedName.Given)] = e.Articles;
            }
        }

        names = names.Where(n => !n.Form.StartsWith(PersonPrefix, StringComparison.Ordinal));

        foreach (var n in names)
        {
            learned.FormsOf(n.Form)[(n.EntityId, n.Kind)] = n.Articles;
        }

        return learned;
    }

    /// <summary>An overlay: reads see this knowledge and what is added to the overlay; this knowledge is not changed.</summary>
    public LearnedNames Pending() => new(this);

    /// <summary>Adds (sign +1) or takes back (sign -1) what one article taught.</summary>
    public void Add(IReadOnlyList<TaughtEntity> taught, int sign = 1)
    {
        lock (gate)
        {
            foreach (var t in taught)
            {
                var (type, name, articles) = entities.GetValueOrDefault(t.Id, (t.Type, t.Name, 0));
                entities[t.Id] = (type, name, articles + sign);
                foreach (var form in t.Short)
                {
                    Bump(form, t.Id, LearnedName.Short, sign);
                }

                if (t.Given is { } given)
                {
                    Bump(given, t.Id, LearnedName.Given, sign);
                }
            }
        }
    }

    /// <summary>Adds the counts of another knowledge (a committed batch's change), dropping what falls to zero.</summary>
    public void Merge(LearnedNames change)
    {
        lock (gate)
        {
            foreach (var e in change.Entities())
            {
                var (type, name, articles) = entities.GetValueOrDefault(e.Id, (e.Type, e.Name, 0));
                if (articles + e.Articles > 0)
                {
                    entities[e.Id] = (type, name, articles + e.Articles);
                }
                else
                {
                    entities.Remove(e.Id);
                }
            }

            foreach (var n in change.Names())
            {
                Bump(n.Form, n.EntityId, n.Kind, n.Articles);
            }
        }
    }

    /// <summary>The entities as rows (the counts of this layer only).</summary>
    public IReadOnlyList<LearnedEntity> Entities()
    {
        lock (gate)
        {
            return entities.Select(e => new LearnedEntity(e.Key, e.Value.Type, e.Value.Name, e.Value.Articles)).ToList();
        }
    }

    /// <summary>The forms as rows (the counts of this layer only).</summary>
    public IReadOnlyList<LearnedName> Names()
    {
        lock (gate)
        {
            return forms.SelectMany(f => f.Value.Select(c => new LearnedName(f.Key, c.Key.EntityId, c.Key.Kind, c.Value))).ToList();
        }
    }

    /// <summary>The entity a bare form (an entity id of its own, <c>per:هنیه</c>) clearly stands for, by <see cref="LinkingRules"/>; or null.</summary>
    public LearnedEntity? Resolve(string form, string type)
    {
        var counts = new Dictionary<(string EntityId, string Kind), long>();
        CountForms(form, counts);
        string? best = null;
        long top = 0, second = 0, given = 0;
        foreach (var ((id, kind), articles) in counts)
        {
            if (kind == LearnedName.Given)
            {
                given += articles;
            }
            else if (articles > top || (articles == top && best is not null && string.CompareOrdinal(id, best) < 0))
            {
                second = Math.Max(second, top);
                (best, top) = (id, articles);
            }
            else
            {
                second = Math.Max(second, articles);
            }
        }

        return best is not null && best != form && LinkingRules.Clear(type, top, second + given) ? Entity(best) : null;
    }

    /// <summary>The entity with this id, if known.</summary>
    public LearnedEntity? Entity(string id)
    {
        var (type, name, articles) = (default(string), default(string), 0L);
        for (var layer = this; layer is not null; layer = layer.under)
        {
            lock (layer.gate)
            {
                if (layer.entities.TryGetValue(id, out var e))
                {
                    (type, name, articles) = (type ?? e.Type, name ?? e.Name, articles + e.Articles);
                }
            }
        }

        return type is not null && articles > 0 ? new LearnedEntity(id, type, name!, articles) : null;
    }

    private void CountForms(string form, Dictionary<(string EntityId, string Kind), long> counts)
    {
        under?.CountForms(form, counts);
        lock (gate)
        {
            foreach (var (key, articles) in forms.GetValueOrDefault(form) ?? [])
            {
                counts[key] = counts.GetValueOrDefault(key) + articles;
            }
        }
    }

    private void Bump(string form, string entityId, string kind, long by)
    {
        var counts = FormsOf(form);
        var now = counts.GetValueOrDefault((entityId, kind)) + by;
        if (now == 0 && under is null)
        {
            counts.Remove((entityId, kind));
            if (counts.Count == 0)
            {
                forms.Remove(form);
            }
        }
        else
        {
            counts[(entityId, kind)] = now;
        }
    }

    private Dictionary<(string EntityId, string Kind), long> FormsOf(string form) =>
        forms.TryGetValue(form, out var counts) ? counts : forms[form] = [];
}
