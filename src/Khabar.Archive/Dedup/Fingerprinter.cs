using System.Numerics;
using Khabar.Model;
using Khabar.Persian.Search;

namespace Khabar.Archive.Dedup;

/// <summary>
/// Turns an article's copy into a <see cref="Fingerprint"/>. The copy (lead and paragraphs, agency chrome removed)
/// is folded as search folds it — letter variants, digits, marks — and everything but letters and digits is
/// dropped, so spaces, half-spaces and punctuation cannot make two copies differ. Shingles are windows of
/// characters over that run (about two words), which is what makes <c>می‌شود</c>, <c>می شود</c> and <c>میشود</c>
/// the same: word shingles would split them differently.
/// </summary>
public sealed class Fingerprinter
{
    private const int MaxChars = 64 * 1024;
    private const ulong Prime = 0x100000001B3UL;
    private readonly DedupOptions options;
    private readonly uint[] multipliers;
    private readonly uint[] offsets;
    private readonly ulong dropOut;

    /// <summary>A fingerprinter with the given options (the same options must be used for a whole archive).</summary>
    public Fingerprinter(DedupOptions? options = null)
    {
        this.options = options ?? DedupOptions.Default;
        multipliers = new uint[this.options.Hashes];
        offsets = new uint[this.options.Hashes];
        var state = 0x6B686162617231UL; // fixed: signatures stored in the archive must stay comparable
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] = (uint)Mix.Next(ref state) | 1;
            offsets[i] = (uint)Mix.Next(ref state);
        }

        dropOut = 1;
        for (var i = 1; i < this.options.ShingleChars; i++)
        {
            dropOut *= Prime;
        }
    }

    /// <summary>The options this fingerprinter was built with.</summary>
    public DedupOptions Options => options;

    /// <summary>The fingerprint of the article's copy.</summary>
    public Fingerprint Of(Article article) => Of(FoldedCopy(article));

    /// <summary>The folded copy: letters and digits only, as fingerprints see it.</summary>
    public static string FoldedCopy(Article article)
    {
        var buffer = new char[Math.Min(MaxChars, article.Paragraphs.Sum(p => p.Length) + (article.Lead?.Length ?? 0))];
        var length = 0;
        foreach (var paragraph in AgencyChrome.Copy(article.Paragraphs.Prepend(article.Lead)))
        {
            foreach (var c in paragraph)
            {
                if (Folds[c] is var folded and not '\0' && length < buffer.Length)
                {
                    buffer[length++] = folded;
                }
            }
        }

        return new string(buffer, 0, length);
    }

    /// <summary>Every character folded as search folds it, or <c>\0</c> when it is not a letter or digit: one lookup per character.</summary>
    private static readonly char[] Folds = Enumerable.Range(0, char.MaxValue + 1).Select(i =>
    {
        var folded = SearchFolding.FoldChar((char)i);
        return folded != '\0' && char.IsLetterOrDigit(folded) ? folded : '\0';
    }).ToArray();

    /// <summary>The fingerprint of an already folded copy.</summary>
    public Fingerprint Of(ReadOnlySpan<char> folded)
    {
        var exact = 0UL;
        foreach (var c in folded)
        {
            exact = (exact ^ c) * Prime;
        }

        var k = options.ShingleChars;
        var sampled = new List<uint>(folded.Length / options.SampleEvery + 1);
        var rolling = 0UL;
        for (var i = 0; i < folded.Length; i++)
        {
            if (i >= k)
            {
                rolling -= folded[i - k] * dropOut;
            }

            rolling = rolling * Prime + folded[i];
            var mixed = Mix.Final(rolling);
            if (i >= k - 1 && mixed % (ulong)options.SampleEvery == 0)
            {
                sampled.Add((uint)(mixed >> 32));
            }
        }

        sampled.Sort();
        var distinct = Unique(sampled);
        var signature = distinct == 0 ? [] : Signature(sampled, distinct);
        return new Fingerprint(folded.Length == 0 ? 0 : (long)Mix.Final(exact), distinct, signature);
    }

    private uint[] Signature(List<uint> shingles, int count)
    {
        var width = Vector<uint>.Count;
        var signature = new uint[options.Hashes];
        Array.Fill(signature, uint.MaxValue);
        var c1 = new Vector<uint>(0x85EBCA6Bu);
        var c2 = new Vector<uint>(0xC2B2AE35u);
        var lanes = signature.Length / width * width;
        for (var s = 0; s < count; s++)
        {
            var h = new Vector<uint>(shingles[s]);
            for (var i = 0; i < lanes; i += width)
            {
                // One bijective hash per slot (odd multiplier, then xorshift-multiply mixing), eight slots at a time.
                var x = h * new Vector<uint>(multipliers.AsSpan(i, width)) + new Vector<uint>(offsets.AsSpan(i, width));
                x = (x ^ (x >>> 16)) * c1;
                x = (x ^ (x >>> 13)) * c2;
                x ^= x >>> 16;
                Vector.Min(x, new Vector<uint>(signature.AsSpan(i, width))).CopyTo(signature.AsSpan(i, width));
            }

            for (var i = lanes; i < signature.Length; i++)
            {
                var x = shingles[s] * multipliers[i] + offsets[i];
                x = (x ^ (x >> 16)) * 0x85EBCA6Bu;
                x = (x ^ (x >> 13)) * 0xC2B2AE35u;
                signature[i] = Math.Min(signature[i], x ^ (x >> 16));
            }
        }

        return signature;
    }

    private static int Unique(List<uint> sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count;
    }
}
