namespace Khabar.Web;

/// <summary>
/// Runs the server on its own (<c>dotnet run --project src/Khabar.Web -- --Khabar:Archive DIR</c>); the usual way is
/// <c>khabar serve</c>. Tests start it through this entry point.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    /// <summary>Starts the server with options from configuration and the command line.</summary>
    public static void Main(string[] args) => KhabarServer.Create(args).Run();
}
