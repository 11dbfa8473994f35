using System.Runtime.InteropServices;

namespace Khabar.Entities.Ner;

/// <summary>
/// Asks Linux to back a large pinned array with 2 MB pages. The tagger reads its weight table at random, one
/// cache line per feature; with 4 KB pages nearly every such read also misses the address-translation cache,
/// which 2 MB pages avoid. Elsewhere, or when the kernel declines, nothing changes: it is a hint only.
/// </summary>
internal static class HugePages
{
    private const int HugePageSize = 2 << 20;
    private const int AdviseHugePage = 14;
    private const int AdviseCollapse = 25;

    /// <summary>Advises the 2 MB pages that lie wholly inside the pinned array.</summary>
    public static void Advise<T>(T[] pinned)
        where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || pinned.Length == 0)
        {
            return;
        }

        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(pinned, 0);
        var end = start + (long)pinned.Length * Marshal.SizeOf<T>();
        var from = (start + HugePageSize - 1) & ~(long)(HugePageSize - 1);
        var to = end & ~(long)(HugePageSize - 1);
        if (to <= from)
        {
            return;
        }

        try
        {
            // Mark the range, then collapse what is already there into 2 MB pages now rather than some time later.
            if (Madvise((nint)from, (nuint)(to - from), AdviseHugePage) == 0)
            {
                _ = Madvise((nint)from, (nuint)(to - from), AdviseCollapse);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: the pages stay as they are.
        }
    }

    // A plain import: its arguments are blittable, so it needs no generated marshalling (and no unsafe code).
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nint address, nuint length, int advice);
}
