using System.Text;
using Khabar.Persian.Text;

namespace Khabar.Persian.Normalization;

/// <summary>What the character pass does with one input character.</summary>
internal enum CharKind : byte
{
    Copy,
    Drop,
    Space,
    HalfSpace,
    SoftJoin,
    Expand,
    NewLine,
    Return,
    HamzaAbove,
    Kashida,
}

/// <summary>A 64K table from every UTF-16 unit to its kind and replacement, built once per set of options.</summary>
internal sealed class CharTable
{
    private readonly char[] map = new char[65536];
    private readonly CharKind[] kinds = new CharKind[65536];
    private readonly Dictionary<char, string> expansions = [];
    private readonly bool[] plain = new bool[65536];

    public CharTable(NormalizerOptions options)
    {
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = TextTidy.Fold((char)i);
        }

        for (var c = '\u064B'; c <= '\u0652'; c++)
        {
            Set(c, options.KeepDiacritics ? CharKind.Copy : CharKind.Drop);
        }

        Set('\u0670', options.KeepDiacritics ? CharKind.Copy : CharKind.Drop);
        Set(ArabicScript.Kashida, CharKind.Kashida);
        foreach (var c in "\u200B\u200D\uFEFF\u00AD\u2060\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C")
        {
            Set(c, CharKind.Drop);
        }

        foreach (var c in " \t\v\f\u00A0\u202F\u205F\u3000\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A")
        {
            Set(c, CharKind.Space);
        }

        for (var c = '\0'; c <= '\u009F'; c = c == '\u001F' ? '\u007F' : (char)(c + 1))
        {
            Set(c, CharKind.Drop);
        }

        Set('\t', CharKind.Space);
        Set('\v', CharKind.Space);
        Set('\f', CharKind.Space);
        Set('\n', CharKind.NewLine);
        Set('\u2028', CharKind.NewLine);
        Set('\u2029', CharKind.NewLine);
        Set('\u0085', CharKind.NewLine);
        Set('\r', CharKind.Return);
        Set(ArabicScript.Zwnj, CharKind.HalfSpace);
        Set('\u200E', CharKind.SoftJoin);
        Set('\u200F', CharKind.SoftJoin);
        Set('\u00AC', CharKind.SoftJoin);
        Set(ArabicScript.HamzaAbove, CharKind.HamzaAbove);
        if (options.FoldTehMarbuta)
        {
            map['\u0629'] = '\u0647';
        }

        if (options.FoldHamzaAlef)
        {
            map['\u0623'] = map['\u0625'] = map['\u0671'] = '\u0627';
        }

        switch (options.HehYeh)
        {
            case HehYehMode.FoldToHeh:
                map['\u06C0'] = '\u0647';
                kinds['\u06C0'] = CharKind.Copy;
                break;
            case HehYehMode.HamzaAbove:
                kinds['\u06C0'] = CharKind.Expand;
                expansions['\u06C0'] = "\u0647\u0654";
                break;
        }

        AddPresentationForms();
        for (var i = 0; i < plain.Length; i++)
        {
            plain[i] = kinds[i] == CharKind.Copy && map[i] == (char)i;
        }

        plain[' '] = true;
        CommonPlain = Enumerable.Range(0, 65536).All(c => !CharSearch.IsCommon((char)c) || plain[c]);
    }

    /// <summary>Whether every character <see cref="CharSearch.SkipCommon"/> passes over is plain under these options.</summary>
    public bool CommonPlain { get; }

    /// <summary>The replacement of a character of kind <see cref="CharKind.Expand"/>.</summary>
    public string Expansion(char c) => expansions[c];

    /// <summary>The kinds and replacements as spans, for the hot loop.</summary>
    public (char[] Map, CharKind[] Kinds) Tables => (map, kinds);

    /// <summary>For every character, whether it is copied as it is (a plain space counts too).</summary>
    public bool[] Plain => plain;

    private void Set(char c, CharKind kind) => kinds[c] = kind;

    private void AddPresentationForms()
    {
        for (var i = 0xFB50; i <= 0xFEFE; i++)
        {
            if (i is > 0xFDFF and < 0xFE70)
            {
                continue;
            }

            var c = (char)i;
            string folded;
            try
            {
                folded = c.ToString().Normalize(NormalizationForm.FormKC).Trim();
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (folded.Length == 0 || folded == c.ToString())
            {
                continue;
            }

            var builder = new StringBuilder(folded.Length);
            foreach (var f in folded)
            {
                switch (kinds[f])
                {
                    case CharKind.Copy:
                        builder.Append(map[f]);
                        break;
                    case CharKind.Expand:
                        builder.Append(expansions[f]);
                        break;
                    case CharKind.HamzaAbove:
                        builder.Append(f);
                        break;
                }
            }

            if (builder.Length == 0)
            {
                Set(c, CharKind.Drop);
            }
            else if (builder.Length == 1)
            {
                map[c] = builder[0];
            }
            else
            {
                Set(c, CharKind.Expand);
                expansions[c] = builder.ToString();
            }
        }
    }
}
