namespace Passerelles.Web.Infrastructure;

/// <summary>htmx is progressive enhancement: the same address answers with the whole page, or for htmx with the part
/// it swaps.</summary>
public static class Htmx
{
    public static bool IsHtmx(this HttpRequest request) => request.Headers.ContainsKey("HX-Request");

    /// <summary>The partial for an htmx request, the whole page otherwise.</summary>
    public static IActionResult PageOrPartial(this PageModel page, string partialName) =>
        page.WantsPartial() ? page.Partial(partialName, page) : page.Page();

    /// <summary>The partial for an htmx request; otherwise the whole page, once what only the page shows (its filter
    /// choices, say) is loaded.</summary>
    public static async Task<IActionResult> PageOrPartialAsync(this PageModel page, string partialName, Func<Task> loadPageOnly)
    {
        if (page.WantsPartial()) return page.Partial(partialName, page);
        await loadPageOnly();
        return page.Page();
    }

    /// <summary>Restoring its history, htmx asks for the whole page. The answer differs by HX-Request either way, so
    /// caches must keep the two apart.</summary>
    private static bool WantsPartial(this PageModel page)
    {
        page.Response.Headers.Vary = "HX-Request";
        return page.Request.IsHtmx() && !page.Request.Headers.ContainsKey("HX-History-Restore-Request");
    }
}
