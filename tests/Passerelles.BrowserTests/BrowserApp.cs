using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

/// <summary>The app on a real Kestrel port, with a headless Chromium to drive it; every page it opens goes through the
/// <see cref="PageChecks"/>. One per test class.</summary>
public class BrowserApp : IAsyncLifetime
{
    public BrowserApp() : this(new AppFactory())
    {
    }

    protected BrowserApp(AppFactory app) => App = app;

    public AppFactory App { get; }
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PageChecks? _checks;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        _checks = new PageChecks(_browser, BaseUrl);
    }

    /// <summary>A fresh browser context (own cookies) speaking the given language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-CA")
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale });
        var page = await context.NewPageAsync();
        _checks!.Watch(page);
        FrenchLeakCheck.Watch(page);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_checks is not null) await _checks.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public static class Navigation
{
    /// <summary>
    /// Waits until the page's address satisfies the predicate and that page has loaded. It asks the page itself rather
    /// than waiting for the load event, which WaitForURLAsync can miss when the page loaded before it started listening.
    /// </summary>
    public static async Task WaitForAddressAsync(this IPage page, Func<string, bool> predicate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!predicate(page.Url) || !await HasLoadedAsync(page))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The page stayed at {page.Url}.");
            await Task.Delay(50);
        }
    }

    private static async Task<bool> HasLoadedAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => document.readyState === 'complete'");
        }
        catch (PlaywrightException)
        {
            return false; // The page is between two documents.
        }
    }
}

public static class LiveSearch
{
    /// <summary>
    /// Waits for what the person waits for: the result list showing the answer to everything typed (the page marks the
    /// list with its words) and no longer busy. Clicking a result before that could land while the list is replaced.
    /// </summary>
    public static async Task WaitForResultsAsync(this IPage page, string typed)
    {
        var results = page.Locator("#results");
        await Assertions.Expect(results.Locator($"[data-query=\"{typed.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]")).ToHaveCountAsync(1);
        await Assertions.Expect(results).Not.ToHaveAttributeAsync("aria-busy", "true");
    }
}

public static class Accessibility
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    /// <summary>Runs axe-core on the current page against WCAG 2.1 A and AA and fails with the violations found.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it.
        await page.EvaluateAsync(AxeSource.Value);
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })); }");
        var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
