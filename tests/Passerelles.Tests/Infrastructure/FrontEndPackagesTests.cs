using System.Net;
using System.Text.RegularExpressions;

namespace Passerelles.Tests.Infrastructure;

/// <summary>The front-end packages are part of the app: committed under wwwroot/lib, served by the app itself, each with
/// its licence and its version listed.</summary>
public sealed partial class FrontEndPackagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string Lib = Path.Combine(SourceTree.WebProject, "wwwroot", "lib");

    [Fact]
    public async Task The_pages_load_htmx_and_leaflet_with_its_images_from_the_app_itself()
    {
        var visitor = app.CreateBrowserlikeClient();
        var login = await HtmlPage.GetAsync(visitor, "/account/login");
        var map = await HtmlPage.GetAsync(visitor, "/bridges/map");
        var packaged = login.Document.QuerySelectorAll("script[src^='/lib/']").Concat(map.Document.QuerySelectorAll("script[src^='/lib/'], link[href^='/lib/']"))
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .Distinct()
            .ToList();
        var leafletCss = await visitor.GetStringAsync("/lib/leaflet/leaflet.css");
        var leafletImages = ImageUrl().Matches(leafletCss).Select(m => "/lib/leaflet/" + m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(["/lib/htmx/htmx.min.js", "/lib/leaflet/leaflet.css", "/lib/leaflet/leaflet.js"], packaged.Order());
        foreach (var url in packaged)
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);
        Assert.NotEmpty(leafletImages);
        foreach (var url in leafletImages)
        {
            var image = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public void Each_package_folder_holds_its_licence_and_is_listed_with_its_version()
    {
        var readme = File.ReadAllText(Path.Combine(Lib, "README.md"));
        var listed = ListedPackage().Matches(readme).ToDictionary(m => m.Groups["folder"].Value, m => m.Groups["version"].Value);
        var folders = System.IO.Directory.GetDirectories(Lib).Select(Path.GetFileName).Order().ToList();

        Assert.Equal(folders, listed.Keys.Order());
        Assert.All(folders, folder => Assert.True(File.Exists(Path.Combine(Lib, folder!, "LICENSE")), $"{folder} has no LICENSE"));
        Assert.Contains("version:\"" + listed["htmx"] + "\"", File.ReadAllText(Path.Combine(Lib, "htmx", "htmx.min.js")));
        Assert.StartsWith("/* @preserve\n * Leaflet " + listed["leaflet"] + ",", File.ReadAllText(Path.Combine(Lib, "leaflet", "leaflet.js")));
    }

    [GeneratedRegex(@"url\((images/[^)]+\.png)\)")]
    private static partial Regex ImageUrl();

    [GeneratedRegex(@"^\| \[[^\]]+\]\([^)]+\) \| (?<version>[^ |]+) \| [^|]+ \| `(?<folder>[^/`]+)/` \|", RegexOptions.Multiline)]
    private static partial Regex ListedPackage();
}
