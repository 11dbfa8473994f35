namespace Khabar.Persian.Normalization;

/// <summary>
/// Judges how a text without any half-space lost them. Scrapers lose half-spaces one way per text, so three ways
/// are weighed: every half-space became a space, every one was deleted, or a mix of both. Every word and group of
/// words the lexicon knows, and every unknown word with a known affix, is a site that says how much likelier what
/// is written is under each way than in a clean text; the sites' sums give the ways' odds against each other and
/// against a clean text.
/// </summary>
internal readonly struct DamageEstimate(HalfSpaceRepair repair, HalfSpaceTuning tuning)
{
    private const int Ways = 3;

    public Damage Judge(ReadOnlySpan<Token> words, WordKeys keys, ReadOnlySpan<LexiconEntry?> entries, AffixSites sites)
    {
        var other = tuning.OtherWay;
        ReadOnlySpan<double> shares = [1 - other, other, 0.5];
        Span<double> evidence = stackalloc double[Ways];
        Sites(words, keys, entries, sites, shares, evidence);
        var top = Math.Max(evidence[0], Math.Max(evidence[1], evidence[2]));
        var single = (1 - tuning.PriorMixed) / 2;
        Span<double> weights = [single * Math.Exp(evidence[0] - top), single * Math.Exp(evidence[1] - top), tuning.PriorMixed * Math.Exp(evidence[2] - top)];
        double total = 0, share = 0;
        for (var w = 0; w < Ways; w++)
        {
            total += weights[w];
            share += weights[w] * shares[w];
        }

        var odds = Math.Log(tuning.PriorDamaged / (1 - tuning.PriorDamaged)) + top + Math.Log(total);
        return new Damage(1 / (1 + Math.Exp(odds)), share / total);
    }

    /// <summary>Adds up, for each way of losing half-spaces, the sites' log-likelihood ratios against a clean text.</summary>
    private void Sites(ReadOnlySpan<Token> words, WordKeys keys, ReadOnlySpan<LexiconEntry?> entries, AffixSites sites, ReadOnlySpan<double> shares, Span<double> evidence)
    {
        var affixes = repair.Affixes;
        Span<char> key = stackalloc char[Spelling.MaxKeyLength];
        Span<double> site = stackalloc double[Ways];
        for (var i = 0; i < words.Length; i++)
        {
            var entry = entries[i];
            var length = keys.Length(i);
            var half = keys.Half(i);
            const ulong space = 0;
            if (entry is { Spellings.Length: > 0 })
            {
                EntrySite(entry, half, space, shares, site);
                Add(site, evidence);
            }

            if (affixes.Unknown(entry) && length > 1)
            {
                sites.Split(keys.Key(i), i, out var share);
                var (change, keep) = affixes.Counts(share, entry?.Glued ?? 0);
                if (change != 0 || !ZeroSitesAddNothing)
                {
                    for (var w = 0; w < Ways; w++)
                    {
                        site[w] = Ratio(change * (1 - shares[w]) + keep, keep);
                    }

                    Add(site, evidence);
                }
            }

            var compound = false;
            for (var n = HalfSpaceRepair.MaxWindowAt(words, entries, i); n >= 2 && !compound; n--)
            {
                if (entries[i + n - 1] is { EndsCompound: true } && repair.Find(words, keys, i, n, key, out var h, out var s) is { } window)
                {
                    EntrySite(window, h, s, shares, site);
                    Add(site, evidence);
                    sites.FoundWindow(i, n, window, h, s);
                    compound = true;
                }
            }

            if (!compound)
            {
                sites.FoundWindow(i, 0, null, 0, 0);
            }

            if (!compound && i + 1 < words.Length && words[i + 1].Linked)
            {
                var (change, keep) = affixes.Counts(sites.Join(i), 0);
                if (change != 0 || !ZeroSitesAddNothing)
                {
                    for (var w = 0; w < Ways; w++)
                    {
                        site[w] = Ratio(change * shares[w] + keep, keep);
                    }

                    Add(site, evidence);
                }
            }
        }
    }

    /// <summary>
    /// True when a site whose counts say nothing (no change, so every ratio is log 1 = 0) leaves the evidence as
    /// it is: the cap is not negative and the smoothing keeps every ratio finite. Such sites are skipped.
    /// </summary>
    private bool ZeroSitesAddNothing => tuning.MaxEvidence >= 0 && tuning.EvidenceSmoothing > 0 && tuning.AffixWeight >= 0;

    /// <summary>
    /// A lexicon site's log ratios for each way. They depend only on the entry, what is written and the tuning,
    /// so the last two written forms' ones are kept on the entry: a word seen again costs no logarithm.
    /// </summary>
    private void EntrySite(LexiconEntry entry, ulong half, ulong space, ReadOnlySpan<double> shares, Span<double> site)
    {
        var last = entry.Evidence;
        if (Matches(last, half, space) || Matches(last = last?.Before, half, space))
        {
            (site[0], site[1], site[2]) = (last!.Spaced, last.Deleted, last.Mixed);
            return;
        }

        for (var w = 0; w < Ways; w++)
        {
            site[w] = Site(entry, half, space, new Damage(0, shares[w]));
        }

        var before = entry.Evidence;
        entry.Evidence = new SiteEvidence(tuning, half, space, site[0], site[1], site[2], before is null ? null : before with { Before = null });
    }

    private bool Matches(SiteEvidence? known, ulong half, ulong space) =>
        known is not null && ReferenceEquals(known.Tuning, tuning) && known.Half == half && known.Space == space;

    /// <summary>
    /// Adds one site's log ratios, capped so that no site alone says more than the cap against a clean text,
    /// while the differences between the ways stay as they are.
    /// </summary>
    private void Add(ReadOnlySpan<double> site, Span<double> evidence)
    {
        var top = Math.Max(site[0], Math.Max(site[1], site[2]));
        var over = Math.Max(0, top - tuning.MaxEvidence);
        for (var w = 0; w < Ways; w++)
        {
            evidence[w] += Math.Max(site[w] - over, -tuning.MaxEvidence);
        }
    }

    /// <summary>A lexicon site: the log ratio of what is written under the damage and in a clean text.</summary>
    private double Site(LexiconEntry entry, ulong half, ulong space, Damage damage)
    {
        double written = half == 0 && space == 0 ? entry.Glued : 0;
        double explained = 0;
        foreach (var s in entry.Spellings)
        {
            if (s.HalfSpaces == half && s.Spaces == space)
            {
                written = s.Count;
            }
            else
            {
                explained += s.Count * damage.Explains(s, half, space);
            }
        }

        return Ratio(explained + written, written);
    }

    private double Ratio(double damaged, double clean) =>
        Math.Log((damaged + tuning.EvidenceSmoothing) / (clean + tuning.EvidenceSmoothing));
}
