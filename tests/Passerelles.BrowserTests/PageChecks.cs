using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace Passerelles.BrowserTests;

/// <summary>
/// Checks made on every page a journey loads, without disturbing the journey: each page the app sends the journey's
/// browser is shown again, as received, in a second window as narrow as a phone, and measured there. A page wider than
/// that window fails the test that loaded it (see <see cref="ReportPageChecksAttribute"/>). The window then widens to a
/// desk's screen and runs <see cref="Axe"/> on the page; a violation fails the test the same way. Each page is also kept,
/// as received, for the Nu HTML Checker (see <see cref="ServedHtml"/>).
/// </summary>
public sealed class PageChecks(IBrowser browser, string baseUrl) : IAsyncDisposable
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;
    private static readonly ViewportSize Phone = new() { Width = PhoneWidth, Height = PhoneHeight };
    private static readonly ViewportSize Desk = new() { Width = 1280, Height = 800 };

    /// <summary>The checks of the browser apps alive now; browser test classes run one after the other.</summary>
    private static readonly ConcurrentDictionary<PageChecks, bool> Alive = new();

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly List<Task> _running = [];
    private IBrowserContext? _phone;
    private IPage? _phonePage;
    private string _document = "";

    public void Watch(IPage page)
    {
        Alive.TryAdd(this, true);
        page.Response += (_, response) =>
        {
            if (!IsPageLoadedBy(page, response)) return;
            lock (_running) _running.Add(CheckAsync(response));
        };
    }

    private bool IsPageLoadedBy(IPage page, IResponse response) =>
        response.Request.IsNavigationRequest && response.Frame == page.MainFrame && response.Url.StartsWith(baseUrl, StringComparison.Ordinal) &&
        (response.Status is < 300 or >= 400) && response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal);

    /// <summary>Waits for the checks of the pages loaded so far and returns their failures, forgetting them.</summary>
    private static readonly TimeSpan CheckPatience = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyList<string>> DrainAsync()
    {
        var failures = new List<string>();
        foreach (var checks in Alive.Keys)
        {
            Task[] running;
            lock (checks._running)
            {
                running = [.. checks._running];
                checks._running.Clear();
            }
            // A check waits on the browser without a timeout of its own (reading a body, measuring a page): bounded here,
            // so a browser that stops answering fails the journey that loaded the page instead of stopping the suite. A long
            // journey leaves many checks behind it: they may take as long as they need while they keep finishing.
            var all = Task.WhenAll(running);
            var left = running.Length;
            while (!all.IsCompleted)
            {
                await Task.WhenAny(all, Task.Delay(CheckPatience)).ConfigureAwait(false);
                var stillLeft = running.Count(check => !check.IsCompleted);
                if (stillLeft == left && !all.IsCompleted)
                {
                    failures.Add($"No page check finished within {CheckPatience.TotalMinutes} minutes: the browser stopped answering.");
                    break;
                }
                left = stillLeft;
            }
            while (checks._failures.TryDequeue(out var failure)) failures.Add(failure);
        }
        return failures;
    }

    /// <summary>Whether the document is wider than the phone's screen and, if so, the outermost elements that stick out.</summary>
    public static async Task<string?> OverflowAsync(IPage page)
    {
        var measure = await page.EvaluateAsync<JsonElement>("""
            () => {
                const root = document.documentElement, width = root.clientWidth;
                if (root.scrollWidth <= width) return null;
                const outside = e => e.getBoundingClientRect().right > width + 0.5;
                // Inside a box that scrolls, unless taken out of it: absolute positions escape a scroller that is not positioned.
                const scrolled = e => {
                    if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
                    for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
                    return false;
                };
                const culprits = [...document.body.querySelectorAll('*')]
                    .filter(e => outside(e) && !outside(e.parentElement) && !scrolled(e))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '')
                        + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
                return root.scrollWidth + ' px wide; sticking out: ' + (culprits.join(', ') || 'the document itself');
            }
            """).ConfigureAwait(false);
        return measure.ValueKind == JsonValueKind.Null ? null : measure.GetString();
    }

    private async Task CheckAsync(IResponse response)
    {
        string html;
        try
        {
            html = await response.TextAsync().ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
            return; // The journey's browser had already let go of the page; the next one gets its own check.
        }
        ServedHtml.Pages.Keep(new Uri(response.Url).AbsolutePath, html);

        await _oneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            var phone = await PhonePageAsync().ConfigureAwait(false);
            _document = html;
            var address = new Uri(response.Url).PathAndQuery;
            try
            {
                await phone.SetViewportSizeAsync(Phone.Width, Phone.Height).ConfigureAwait(false);
                await phone.GotoAsync(response.Url).ConfigureAwait(false);
                if (await OverflowAsync(phone).ConfigureAwait(false) is { } overflow)
                    _failures.Enqueue($"At {PhoneWidth} px, {address} is {overflow}.");
                if (Axe.IsNew(address, html))
                {
                    await phone.SetViewportSizeAsync(Desk.Width, Desk.Height).ConfigureAwait(false);
                    foreach (var violation in await Axe.ViolationsAsync(phone, address).ConfigureAwait(false)) _failures.Enqueue(violation);
                }
            }
            catch (PlaywrightException failure)
            {
                _failures.Enqueue($"At {PhoneWidth} px, {address} could not be shown or checked: {failure.Message}");
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<IPage> PhonePageAsync()
    {
        if (_phonePage is not null) return _phonePage;
        _phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = Phone,
        }).ConfigureAwait(false);
        // The page is the one the journey received; its style sheets, scripts and images come from the app; nothing is posted.
        await _phone.RouteAsync("**/*", route =>
        {
            var request = route.Request;
            if (request.IsNavigationRequest)
                return request.Frame.ParentFrame is null
                    ? route.FulfillAsync(new RouteFulfillOptions { Body = _document, ContentType = "text/html; charset=utf-8" })
                    : route.AbortAsync();
            return request.Method == "GET" && request.Url.StartsWith(baseUrl, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync();
        }).ConfigureAwait(false);
        _phonePage = await _phone.NewPageAsync().ConfigureAwait(false);
        return _phonePage;
    }

    public async ValueTask DisposeAsync()
    {
        Alive.TryRemove(this, out _);
        if (_phone is not null) await _phone.DisposeAsync().ConfigureAwait(false);
        _oneAtATime.Dispose();
    }
}

/// <summary>Fails a browser test with what <see cref="PageChecks"/> found on the pages it loaded.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ReportPageChecksAttribute : Xunit.Sdk.BeforeAfterTestAttribute
{
    public override void After(System.Reflection.MethodInfo methodUnderTest)
    {
        // Blocking is safe here: the checks continue on the thread pool, not on the test's synchronisation context.
        var failures = Task.Run(PageChecks.DrainAsync).GetAwaiter().GetResult();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
