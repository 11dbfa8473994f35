namespace Khabar.Entities.Ner;

/// <summary>Finds and loads the shipped model once: embedded resource, <c>KHABAR_NER_MODEL</c>, or <c>models/</c> above the program.</summary>
public static class NerModelStore
{
    /// <summary>The shipped model's file name.</summary>
    public const string FileName = "ner-fa.model.gz";

    private static readonly Lazy<NerModel> Shipped = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped model, loaded on first use.</summary>
    public static NerModel Default => Shipped.Value;

    /// <summary>Loads a model file; a damaged one is an <see cref="InvalidDataException"/> that names it.</summary>
    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        try
        {
            return NerModelFile.Load(file);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The path of the shipped model file, or null when it is embedded or missing.</summary>
    public static string? FindFile()
    {
        if (Environment.GetEnvironmentVariable("KHABAR_NER_MODEL") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models", FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static NerModel LoadDefault()
    {
        var assembly = typeof(NerModelStore).Assembly;
        var resource = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(FileName, StringComparison.Ordinal));
        if (resource is not null && Environment.GetEnvironmentVariable("KHABAR_NER_MODEL") is not { Length: > 0 })
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            return NerModelFile.Load(stream);
        }

        return FindFile() is { } path && File.Exists(path)
            ? Load(path)
            : throw new FileNotFoundException($"NER model {FileName} not found (set KHABAR_NER_MODEL or keep models/ beside the program)");
    }
}
