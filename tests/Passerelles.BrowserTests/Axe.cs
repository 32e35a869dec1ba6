using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

/// <summary>
/// axe-core with the WCAG 2.2 AA and best-practice rules. <see cref="PageChecks"/> runs it on every page a journey loads;
/// a journey runs it itself (<see cref="AssertAccessibleAsync"/>) on a state its scripts or htmx made without loading a page.
/// Each address is checked once per state: a page seen again unchanged (anti-forgery tokens aside) is not checked again.
/// </summary>
public static partial class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));
    private static readonly ConcurrentDictionary<string, bool> Checked = new();

    private static readonly string Run =
        "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });" +
        " return r.violations.flatMap(v => v.nodes.slice(0, 5).map(n => v.id + ' at ' + n.target.join(' ') + ' (' + v.help + ')')); }";

    /// <summary>Whether this state of the address is yet to be checked (and, from now on, counted as checked).</summary>
    public static bool IsNew(string address, string html) =>
        Checked.TryAdd(address + " " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Token().Replace(html, "")))), true);

    /// <summary>The violations on the page's current document, one line per element: the rule, the element and the address.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string address)
    {
        // Evaluated through the DevTools protocol, so the page's Content-Security-Policy does not block it; once per document.
        if (!await page.EvaluateAsync<bool>("() => 'axe' in window").ConfigureAwait(false))
            await page.EvaluateAsync(Source.Value).ConfigureAwait(false);
        var found = await page.EvaluateAsync<JsonElement>(Run, Tags).ConfigureAwait(false);
        return found.EnumerateArray().Select(v => $"axe: {v.GetString()} on {address}").ToList();
    }

    /// <summary>Fails the journey with the violations on what its page shows now, unless this state was already checked.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var address = new Uri(page.Url).PathAndQuery;
        if (!IsNew(address, await page.ContentAsync())) return;
        var violations = await ViolationsAsync(page, address);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>The anti-forgery token, new in every form the app sends.</summary>
    [GeneratedRegex("CfDJ8[A-Za-z0-9_-]+")]
    private static partial Regex Token();
}
