using System.Security.Cryptography;
using System.Text;
using Ganss.Xss;
using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace Passerelles.Web.Infrastructure;

/// <summary>Turns Markdown typed by people (profiles, agendas, posts, articles) into HTML that is safe to show:
/// Markdig renders it (raw HTML typed in the text is shown as text), then the sanitiser keeps only harmless elements
/// and http, https and mailto links, which get rel="noopener nofollow". The same text is rendered once: its HTML is kept
/// in memory, up to a bound, for the pages that show it again.</summary>
public static class SafeMarkdown
{
    /// <summary>About 16 MB of HTML and keys (counted in characters).</summary>
    private const long CachedCharacters = 8_000_000;

    private static readonly RenderedMarkdown Rendered = new(CachedCharacters);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UsePipeTables()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        return Rendered.GetOrRender(markdown, Render);
    }

    internal static string Render(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    /// <summary>The text without its markup, for a schema.org description.</summary>
    public static string ToPlainText(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        // Styles would be refused by the content security policy anyway; classes and ids could mimic the app's own.
        sanitizer.AllowedAttributes.ExceptWith(["style", "class", "id"]);
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "img"]);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link) link.SetAttribute("rel", "noopener nofollow");
        };
        return sanitizer;
    }
}

/// <summary>HTML rendered from Markdown, keyed by a hash of its source and of the rendering's settings, in a memory
/// cache bounded by the characters it holds: when it is full, the entries least used are dropped.</summary>
public sealed class RenderedMarkdown(long characterLimit)
{
    /// <summary>Changes whenever the pipeline or the sanitiser's rules change, so that no HTML of other rules is served.</summary>
    private const string Settings = "markdig:no-html,autolinks,emphasis-extras,pipe-tables;sanitiser:http,https,mailto,no-style-class-id,no-forms-images;";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = characterLimit, TrackStatistics = true });

    /// <summary>The characters held now, never more than the limit.</summary>
    public long Characters => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int Count => _cache.Count;

    public string GetOrRender(string markdown, Func<string, string> render)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Settings + markdown)));
        if (_cache.TryGetValue(key, out string? html)) return html!;
        html = render(markdown);
        _cache.Set(key, html, new MemoryCacheEntryOptions { Size = key.Length + html.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        return html;
    }
}
