using System.Runtime.CompilerServices;

namespace Khabar.Persian.Normalization;

/// <summary>Character classes of the Arabic script as the normalizer needs them.</summary>
internal static class ArabicScript
{
    public const char Zwnj = '\u200C';
    public const char HamzaAbove = '\u0654';

    /// <summary>The kashida (tatweel), which stretches a letter; standing alone, a dash.</summary>
    public const char Kashida = '\u0640';

    /// <summary>A letter of the Arabic block that can be part of a Persian word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) =>
        (uint)(c - '\u0621') <= '\u063A' - '\u0621'
        || (uint)(c - '\u0641') <= '\u064A' - '\u0641'
        || (uint)(c - '\u066E') <= '\u06D3' - '\u066E'
        || c == '\u06D5' || (uint)(c - '\u06FA') <= 2 || c == '\u06FF';

    /// <summary>A combining mark that belongs to the letter before it (diacritics, hamza above, superscript alef).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(char c) => (uint)(c - '\u064B') <= '\u065F' - '\u064B' || c == '\u0670';

    /// <summary>A character of a Persian word: a letter, a mark, or a half-space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => IsLetter(c) || IsMark(c) || c == Zwnj;

    /// <summary>A letter that joins to the one after it, so a half-space after it is visible.</summary>
    public static bool JoinsNext(char c) => IsLetter(c) && c is not ('\u0627' or '\u0622' or '\u0623' or '\u0625'
        or '\u0671' or '\u062F' or '\u0630' or '\u0631' or '\u0632' or '\u0698' or '\u0648' or '\u0624' or '\u0629'
        or '\u0621' or '\u06C0' or '\u06D5');

    /// <summary>An ASCII letter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLatin(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>The letter as the half-space lexicon spells it (every variant folded), or '\0' for a mark.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char KeyFold(char c) => c switch
    {
        '\u06C0' or '\u0629' => '\u0647',
        '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        _ when IsMark(c) => '\0',
        _ => c,
    };
}
