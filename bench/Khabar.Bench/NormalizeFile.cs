using System.Text;
using Khabar.Persian.Normalization;

namespace Khabar.Bench;

/// <summary>`normalize`: standard input normalized line by line (or as one `--document`) to standard output.</summary>
internal static class NormalizeFile
{
    public static int Run(string[] args)
    {
        var normalizer = new PersianNormalizer(ZwnjQuality.Options(args));
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        if (args.Contains("--document"))
        {
            output.Write(normalizer.Normalize(input.ReadToEnd()));
        }
        else
        {
            NormalizerStream.Run(input, output, normalizer);
        }

        return 0;
    }
}
