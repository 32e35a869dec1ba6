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

    /// <summary>How long an expectation waits: a page under a busy machine's load answers in seconds, not milliseconds.</summary>
    static BrowserApp() => Assertions.SetDefaultExpectTimeout(20_000);

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

    /// <summary>A fresh browser context (own cookies) speaking the given language, with or without JavaScript.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-CA", bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = locale, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        _checks!.Watch(page);
        FrenchLeakCheck.Watch(page);
        return page;
    }

    /// <summary>What the page checks report on a made-up English document, whose main holds <paramref name="main"/>, loaded
    /// from the app's <paramref name="address"/>: to show that a check catches what it is there for.</summary>
    public async Task<IReadOnlyList<string>> PageCheckFailuresAsync(string address, string main)
    {
        var page = await NewPageAsync("en");
        await page.RouteAsync(url => url == BaseUrl + address, route => route.FulfillAsync(new()
        {
            ContentType = "text/html; charset=utf-8",
            Body = "<!DOCTYPE html><html lang='en'><head><meta name='viewport' content='width=device-width'><title>t</title></head>" +
                   $"<body><main>{main}</main></body></html>",
        }));
        await page.GotoAsync(address);
        return await PageChecks.DrainAsync();
    }

    /// <summary>A fresh browser context speaking the given language, where the person has signed in.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string locale = "fr-CA", string password = AppFactory.Password)
    {
        var page = await NewPageAsync(locale);
        await new SignInPage(page).SignInAsync(email, password);
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
