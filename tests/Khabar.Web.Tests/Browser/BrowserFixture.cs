using Khabar.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Khabar.Web.Tests.Browser;

/// <summary>
/// The real server (Kestrel on 127.0.0.1, a free port) over a test archive, and Debian's Chromium driven by
/// Playwright. Without /usr/bin/chromium the browser tests skip, unless KHABAR_REQUIRE_SHARED=1 makes it a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? playwright;
    private WebApplication? app;

    public TestArchive Archive { get; } = new();

    /// <summary>The server's address, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; private set; } = "";

    public IBrowser? Browser { get; private set; }

    /// <summary>Where screenshots go (git-ignored).</summary>
    public static string Screenshots { get; } = Repo.File("artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        app = KhabarServer.Create([], new ServeOptions { Archive = Archive.Folder, Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        BaseUrl = app.Urls.First().TrimEnd('/');
        if (!File.Exists(Chromium))
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh browser tab that records what the page does; skips the test when there is no browser.</summary>
    public async Task<BrowserSession> Open(string path = "/")
    {
        if (Browser is null)
        {
            var message = $"Chromium not found at {Chromium} (apt-get install chromium); browser tests skipped";
            if (Environment.GetEnvironmentVariable("KHABAR_REQUIRE_SHARED") == "1")
            {
                throw new InvalidOperationException(message + "; KHABAR_REQUIRE_SHARED=1 makes this a failure");
            }

            Skip.If(true, message);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "fa-IR",
            TimezoneId = "Asia/Tehran",
        });
        var session = new BrowserSession(context, await context.NewPageAsync(), BaseUrl);
        await session.Go(path);
        return session;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Archive.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
