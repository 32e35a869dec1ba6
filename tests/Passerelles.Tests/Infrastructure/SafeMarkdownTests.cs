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
}
