namespace Khabar.Archive.Dedup;

/// <summary>
/// Takes an article out of its group when it changes. The article may have been the only link between two parts
/// of the group, so the rest is re-clustered from the stored fingerprints (groups are small; a very large one is
/// kept whole rather than compared pair by pair).
/// </summary>
internal sealed class GroupSplitter(DuplicateFinder finder, IDuplicateBatch batch)
{
    private const int MaxRecluster = 300;

    public void Remove(DedupEntry old)
    {
        batch.Remove(old);
        var rest = batch.Members(old.Group).Where(m => m.Id != old.Id).ToList();
        if (rest.Count == 0)
        {
            return;
        }

        var parent = Enumerable.Range(0, rest.Count).ToArray();
        if (rest.Count <= MaxRecluster)
        {
            for (var i = 0; i < rest.Count; i++)
            {
                for (var j = i + 1; j < rest.Count; j++)
                {
                    if (finder.Matches(rest[i], rest[j]))
                    {
                        parent[Find(parent, i)] = Find(parent, j);
                    }
                }
            }
        }
        else
        {
            Array.Fill(parent, 0);
        }

        foreach (var part in Enumerable.Range(0, rest.Count).GroupBy(i => Find(parent, i)))
        {
            var members = part.Select(i => rest[i]).ToList();
            var canonical = DuplicateFinder.Canonical(members);
            foreach (var member in members.Where(m => m.Group != canonical))
            {
                batch.SetGroup(member.Id, canonical);
            }
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
    }
}
