using System.Net;

namespace Passerelles.Tests.Infrastructure;

public sealed class FaviconTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_page_names_an_svg_icon_and_browsers_asking_for_favicon_ico_get_one()
    {
        var visitor = app.CreateBrowserlikeClient();

        var login = await HtmlPage.GetAsync(visitor, "/account/login");
        var icon = login.Document.QuerySelector("head link[rel=icon]")!;
        var svg = await visitor.GetAsync(icon.GetAttribute("href"));
        var ico = await visitor.GetAsync("/favicon.ico");

        Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/x-icon", ico.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, (await ico.Content.ReadAsByteArrayAsync())[..4]);
    }
}
