using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Khabar.Web.Tests.Api;

/// <summary>The server in memory over a test archive, with an ingest token.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string Token = "test-token-٤٢";

    public TestArchive Archive { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Khabar:Archive", Archive.Folder);
        builder.UseSetting("Khabar:Token", Token);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Archive.Dispose();
        }
    }
}
