using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Passerelles.Web.Data;

namespace Passerelles.BrowserTests;

/// <summary>
/// Every kind of page the journeys visit, held by a phone 390 px wide: a visitor and the demo accounts of each role
/// follow every link of their pages, one page of each kind, and no page may be wider than the screen (nor fail axe: both
/// are <see cref="PageChecks"/>). The demo network gives the pages their real lengths: long names, full tables, answered
/// polls, assessments with results.
/// </summary>
public sealed partial class PhoneWidthTour(DemoNetworkBrowserApp browser) : IClassFixture<DemoNetworkBrowserApp>
{
    /// <summary>Pages a journey opens by their address, which no menu links to.</summary>
    private static readonly string[] Unlinked = ["/projects/apply", "/agreements/verify", "/error/404", "/account/invitation?token=unknown"];

    private static readonly (string? Email, string Locale)[] Visitors =
    [
        (null, "fr-CA"),
        ("admin@demo.passerelles.org", "fr-CA"),
        ("direction.cereso@demo.passerelles.org", "fr-CA"),
        ("coach.espace412@demo.passerelles.org", "fr-CA"),
        ("porteur@demo.passerelles.org", "fr-FR"),
        ("invite.rqis@demo.passerelles.org", "en"),
    ];

    [BrowserFact]
    public async Task No_page_is_wider_than_a_phone()
    {
        var seen = new HashSet<string>();
        foreach (var (email, locale) in Visitors)
        {
            var page = await browser.NewPageAsync(locale);
            await page.SetViewportSizeAsync(PageChecks.PhoneWidth, PageChecks.PhoneHeight);
            if (email is not null) await new SignInPage(page).SignInAsync(email, DemoData.Password);
            var toVisit = new Queue<string>(["/", .. Unlinked]);
            while (toVisit.TryDequeue(out var address))
            {
                // One page of each kind, except home pages: each account's is its own.
                var kind = address == "/" ? $"{email}/" : Kind(address);
                if (!seen.Add(kind) || !await OpenAsync(page, address)) continue;
                foreach (var link in await LinksAsync(page)) toVisit.Enqueue(link);
            }
            await page.Context.CloseAsync();
        }

        Assert.True(seen.Count > 40, $"The tour saw only {seen.Count} kinds of page.");
    }

    /// <summary>Opens a page; files (exports, PDFs, calendars) are not pages and are passed over.</summary>
    private static async Task<bool> OpenAsync(IPage page, string address)
    {
        try
        {
            var response = await page.GotoAsync(address);
            return response is not null && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal);
        }
        catch (PlaywrightException failure) when (failure.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return false;
        }
    }

    /// <summary>The app's own links on the page, without signing out.</summary>
    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href]')]
                .map(a => new URL(a.href))
                .filter(u => u.origin === location.origin && !u.pathname.startsWith('/account/logout'))
                .map(u => u.pathname + u.search)
            """);

    /// <summary>The kind of page an address shows: its path with the identifiers left out.</summary>
    private static string Kind(string address) => Identifier().Replace(address.Split('?')[0], "/{id}");

    [GeneratedRegex(@"/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Identifier();
}
