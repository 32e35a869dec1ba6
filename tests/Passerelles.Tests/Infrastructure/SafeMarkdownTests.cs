using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Tests.Infrastructure;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<a href=\"https://x.org\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=\"alert(1)\">")]
    [InlineData("![x](https://x.org/a.png \"t\")")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<iframe src=\"https://x.org\"></iframe>")]
    public void Removes_anything_that_could_run(string markdown)
    {
        var html = new HtmlParser().ParseFragment(SafeMarkdown.ToHtml(markdown), null!);
        var elements = html.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()).ToList();

        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "img" or "iframe");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(elements, e => e.GetAttribute("href") is { } href && !href.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_formatting_and_web_links_which_open_without_referrer_power()
    {
        var html = SafeMarkdown.ToHtml("Un **tiers-lieu** : [site](https://espace412.example.org)\n\n- un\n- deux");

        Assert.Contains("<strong>tiers-lieu</strong>", html);
        Assert.Contains("<a href=\"https://espace412.example.org\" rel=\"noopener nofollow\">site</a>", html);
        Assert.Contains("<li>deux</li>", html);
    }

    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("http://example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("example.org", false)]
    [InlineData("", false)]
    public void Links_only_http_and_https_websites(string text, bool linked)
    {
        Assert.Equal(linked, WebAddress.Safe(text) is not null);
    }

    [Fact]
    public void The_same_text_renders_the_same_html_each_time_and_hostile_text_stays_neutralised()
    {
        const string text = "Un **tiers-lieu** <script>alert(1)</script> [x](javascript:alert(1)) [site](https://espace412.example.org)";

        var first = SafeMarkdown.ToHtml(text);
        var again = SafeMarkdown.ToHtml(text);

        Assert.Equal(SafeMarkdown.Render(text), first);
        Assert.Equal(first, again);
        Assert.Equal("<p>Un <strong>tiers-lieu</strong> &lt;script&gt;alert(1)&lt;/script&gt; <a rel=\"noopener nofollow\">x</a> <a href=\"https://espace412.example.org\" rel=\"noopener nofollow\">site</a></p>\n", again);
    }

    [Fact]
    public void Rendered_html_is_kept_once_per_text()
    {
        var rendered = new RenderedMarkdown(characterLimit: 100_000);
        var renders = 0;
        string Render(string markdown) { renders++; return SafeMarkdown.Render(markdown); }

        var first = rendered.GetOrRender("**un**", Render);
        var second = rendered.GetOrRender("**un**", Render);
        var other = rendered.GetOrRender("**deux**", Render);

        Assert.Equal("<p><strong>un</strong></p>\n", first);
        Assert.Equal(first, second);
        Assert.Equal("<p><strong>deux</strong></p>\n", other);
        Assert.Equal(2, renders);
    }

    [Fact]
    public void The_rendered_html_kept_never_grows_past_its_limit()
    {
        var rendered = new RenderedMarkdown(characterLimit: 10_000);

        for (var i = 0; i < 2_000; i++)
        {
            Assert.Equal($"<p>Texte numéro <strong>{i}</strong></p>\n", rendered.GetOrRender($"Texte numéro **{i}**", SafeMarkdown.Render));
            Assert.InRange(rendered.Characters, 0, 10_000);
        }
        Assert.InRange(rendered.Count, 1, 10_000 / 64);
    }
}
