namespace Khabar.Model;

/// <summary>An input that produced no article, and why; the rest of the batch goes on.</summary>
public sealed record ItemError(string Source, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
