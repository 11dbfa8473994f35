using Microsoft.Playwright;

namespace Khabar.Web.Tests.Browser;

/// <summary>
/// One tab, with everything it did on record: each request's URL, each dialog, each console error (a policy
/// violation shows there). <see cref="AssertInert"/> checks that no script ran and nothing left the app.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly string origin;

    internal BrowserSession(IBrowserContext context, IPage page, string origin)
    {
        this.context = context;
        this.origin = origin;
        Page = page;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Dialog += async (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> Requests { get; } = [];

    public List<string> Dialogs { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Goes to a path of the app and waits for the page and its font.</summary>
    public async Task Go(string path)
    {
        await Page.GotoAsync(origin + path);
        await Ready();
    }

    /// <summary>Waits for the page to load and its fonts to be ready.</summary>
    public async Task Ready()
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
    }

    /// <summary>Saves a full-page screenshot under artifacts/screenshots.</summary>
    public Task Shot(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    /// <summary>No injected script ran, no dialog opened, no request went anywhere but the app, no policy was violated.</summary>
    public async Task AssertInert()
    {
        Assert.True(await Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "an injected script ran");
        Assert.Empty(Dialogs);
        Assert.All(Requests, url => Assert.StartsWith(origin + "/", url));
        Assert.Empty(ConsoleErrors);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
