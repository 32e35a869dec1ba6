using Ganss.Xss;
using Markdig;

namespace Passerelles.Web.Infrastructure;

/// <summary>Turns Markdown typed by people (profiles, agendas, posts, articles) into HTML that is safe to show:
/// Markdig renders it (raw HTML typed in the text is shown as text), then the sanitiser keeps only harmless elements
/// and http, https and mailto links, which get rel="noopener nofollow".</summary>
public static class SafeMarkdown
{
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
        return Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

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
