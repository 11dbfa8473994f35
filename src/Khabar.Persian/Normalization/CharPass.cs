namespace Khabar.Persian.Normalization;

/// <summary>
/// The first pass: letter variants folded, marks and invisible characters removed, direction marks or `¬`
/// between letters turned into half-spaces, runs of spaces collapsed and lines trimmed.
/// </summary>
internal static class CharPass
{
    public static void Run(ReadOnlySpan<char> source, CharTable table, bool foldHamzaAbove, ref CharSink sink)
    {
        var (map, kinds) = table.Tables;
        var plain = table.Plain;
        var common = table.CommonPlain;
        var pendingSpace = false;
        for (var i = 0; i < source.Length; i++)
        {
            if (!pendingSpace && sink.Last != ArabicScript.Zwnj && source[i] != ' ')
            {
                var end = PlainRun(source, i, plain, common);
                if (end - i > 1)
                {
                    sink.Append(source[i..end]);
                    i = end - 1;
                    continue;
                }
            }

            var c = source[i];
            switch (kinds[c])
            {
                case CharKind.Copy:
                    Emit(ref sink, map[c], ref pendingSpace);
                    break;
                case CharKind.Space:
                    pendingSpace = true;
                    break;
                case CharKind.HalfSpace:
                    EmitHalfSpace(ref sink, pendingSpace);
                    break;
                case CharKind.SoftJoin:
                    if (!pendingSpace && (IsLetterish(sink.Last) || sink.Last == ArabicScript.Zwnj) && NextLetter(source, i + 1, kinds))
                    {
                        EmitHalfSpace(ref sink, pendingSpace);
                    }
                    else if (c == '\u00AC')
                    {
                        Emit(ref sink, c, ref pendingSpace);
                    }

                    break;
                case CharKind.Return:
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        break;
                    }

                    NewLine(ref sink, ref pendingSpace);
                    break;
                case CharKind.NewLine:
                    NewLine(ref sink, ref pendingSpace);
                    break;
                case CharKind.HamzaAbove:
                    EmitHamza(ref sink, c, foldHamzaAbove, ref pendingSpace);
                    break;
                case CharKind.Kashida:
                    i = Kashida(source, i, kinds, ref sink, ref pendingSpace);
                    break;
                case CharKind.Expand:
                    foreach (var e in table.Expansion(c))
                    {
                        if (e == ArabicScript.HamzaAbove)
                        {
                            EmitHamza(ref sink, e, foldHamzaAbove, ref pendingSpace);
                        }
                        else
                        {
                            Emit(ref sink, e, ref pendingSpace);
                        }
                    }

                    break;
            }
        }

        DropTrailingHalfSpace(ref sink);
    }

    /// <summary>
    /// The end of a run of characters copied as they are, with single spaces and half-spaces between letters inside
    /// it but no space at its end, that can be copied in bulk.
    /// </summary>
    private static int PlainRun(ReadOnlySpan<char> source, int start, bool[] plain, bool common)
    {
        var end = start;
        var vectorAt = start + 1;
        while (end < source.Length)
        {
            if (common && end == vectorAt)
            {
                // Skip whole blocks of common characters, then test the next block's characters one at a time.
                end = CharSearch.SkipCommon(source, end);
                vectorAt = end + System.Runtime.Intrinsics.Vector256<ushort>.Count;
            }

            var c = source[end];
            if (plain[c])
            {
                if (c == ' ' && end + 1 < source.Length && source[end + 1] == ' ')
                {
                    break;
                }
            }
            else if (!(c == ArabicScript.Zwnj && end > start && char.IsLetter(source[end - 1])
                && end + 1 < source.Length && plain[source[end + 1]] && char.IsLetter(source[end + 1])))
            {
                // A half-space between two letters stays as it is; anything else takes the slow path.
                break;
            }

            end++;
        }

        while (end > start && source[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static void Emit(ref CharSink sink, char c, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            pendingSpace = false;
            DropTrailingHalfSpace(ref sink);
            if (sink.Length > 0 && sink.Last != '\n')
            {
                sink.Append(' ');
            }
        }
        else if (sink.Last == ArabicScript.Zwnj && !char.IsLetter(c) && !ArabicScript.IsMark(c))
        {
            sink.Length--;
        }

        sink.Append(c);
    }

    /// <summary>
    /// A run of kashidas from i: dropped where it stretches a letter (<c>مـدیر</c>), kept as written where it stands
    /// between spaces as a dash, as AsrIran writes one (<c>میرحسینی ـ مدیر رادیو ورزش ـ در</c>). Returns the run's last index.
    /// </summary>
    private static int Kashida(ReadOnlySpan<char> source, int i, CharKind[] kinds, ref CharSink sink, ref bool pendingSpace)
    {
        var end = i;
        while (end + 1 < source.Length && source[end + 1] == ArabicScript.Kashida)
        {
            end++;
        }

        var afterLetter = !pendingSpace && IsLetterish(sink.Last);
        var beforeLetter = NextLetter(source, end + 1, kinds);
        if (!afterLetter && !beforeLetter)
        {
            foreach (var k in source[i..(end + 1)])
            {
                Emit(ref sink, k, ref pendingSpace);
            }
        }

        return end;
    }

    private static void EmitHamza(ref CharSink sink, char c, bool fold, ref bool pendingSpace)
    {
        if (!(fold && !pendingSpace && sink.Last == '\u0647'))
        {
            Emit(ref sink, c, ref pendingSpace);
        }
    }

    private static void EmitHalfSpace(ref CharSink sink, bool pendingSpace)
    {
        if (!pendingSpace && IsLetterish(sink.Last))
        {
            sink.Append(ArabicScript.Zwnj);
        }
    }

    private static void NewLine(ref CharSink sink, ref bool pendingSpace)
    {
        pendingSpace = false;
        DropTrailingHalfSpace(ref sink);
        sink.Append('\n');
    }

    private static void DropTrailingHalfSpace(ref CharSink sink)
    {
        if (sink.Last == ArabicScript.Zwnj)
        {
            sink.Length--;
        }
    }

    private static bool NextLetter(ReadOnlySpan<char> source, int from, CharKind[] kinds)
    {
        for (var i = from; i < source.Length; i++)
        {
            if (kinds[source[i]] is not (CharKind.Drop or CharKind.HalfSpace or CharKind.SoftJoin))
            {
                return char.IsLetter(source[i]);
            }
        }

        return false;
    }

    private static bool IsLetterish(char c) => char.IsLetter(c) || ArabicScript.IsMark(c);
}
