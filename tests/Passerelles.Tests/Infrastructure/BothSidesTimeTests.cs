using System.Globalization;
using System.Security.Claims;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Infrastructure;

public sealed class BothSidesTimeTests
{
    private static string Render(Instant at, string viewerZone = "", string culture = "en")
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                viewerZone.Length > 0 ? [new Claim(ViewerTime.TimeZoneClaim, viewerZone)] : [], "test"));
            var http = new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } };
            var viewer = new ViewerTime(http, TimeProvider.System, new ConfigurationBuilder().Build());
            var helper = new BothSidesTimeTagHelper(viewer, HtmlEncoder.Create(UnicodeRanges.All)) { At = at };
            var output = new TagHelperOutput("both-sides-time", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
            helper.Process(new TagHelperContext([], new Dictionary<object, object>(), "id"), output);
            var html = output.Content.GetContent();
            return WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "")).Replace('\u202F', ' ').Replace('\u00A0', ' ');
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Most_weeks_Montreal_and_Paris_are_six_hours_apart()
    {
        Assert.Equal("10:00 AM Montréal · 4:00 PM Paris", Render(Instant.FromUtc(2026, 4, 14, 14, 0)));
    }

    [Fact]
    public void In_the_March_weeks_between_the_two_summer_time_changes_they_are_five_hours_apart()
    {
        Assert.Equal("10:00 AM Montréal · 3:00 PM Paris", Render(Instant.FromUtc(2026, 3, 10, 14, 0)));
    }

    [Fact]
    public void In_the_week_around_1_November_they_are_five_hours_apart()
    {
        Assert.Equal("10:00 AM Montréal · 3:00 PM Paris", Render(Instant.FromUtc(2026, 10, 27, 14, 0)));
    }

    [Fact]
    public void A_viewer_in_Paris_reads_Paris_first_and_a_viewer_in_Montreal_Montreal_first()
    {
        Assert.Equal("4:00 PM Paris · 10:00 AM Montréal", Render(Instant.FromUtc(2026, 4, 14, 14, 0), "Europe/Paris"));
        Assert.Equal("10:00 AM Montréal · 4:00 PM Paris", Render(Instant.FromUtc(2026, 4, 14, 14, 0), "America/Montreal"));
    }

    [Fact]
    public void A_viewer_elsewhere_also_sees_their_own_time()
    {
        Assert.Equal("10:00 AM Montréal · 4:00 PM Paris · 11:00 PM Tokyo", Render(Instant.FromUtc(2026, 4, 14, 14, 0), "Asia/Tokyo"));
    }

    [Fact]
    public void Quebec_french_writes_hours_with_h()
    {
        Assert.Equal("10 h Montréal · 16 h Paris", Render(Instant.FromUtc(2026, 4, 14, 14, 0), culture: "fr-CA"));
    }

    [Fact]
    public void The_Montreal_alias_is_the_Quebec_zone()
    {
        Assert.Equal("America/Toronto", TimeZones.Canonical("America/Montreal"));
        Assert.False(TimeZones.IsKnown("Mars/Olympus_Mons"));
    }

    [Fact]
    public void A_viewer_whose_stored_zone_is_unknown_reads_the_default_side_first()
    {
        Assert.Equal("4:00 PM Paris · 10:00 AM Montréal", Render(Instant.FromUtc(2026, 4, 14, 14, 0), "europe/PARIS"));
        Assert.Equal("10:00 AM Montréal · 4:00 PM Paris", Render(Instant.FromUtc(2026, 4, 14, 14, 0), "Mars/Olympus_Mons"));
    }

    [Fact]
    public void Times_shown_at_once_in_the_three_languages_each_read_as_their_language_writes_them()
    {
        var at = Instant.FromUtc(2026, 4, 14, 14, 5);
        var expected = new Dictionary<string, string>
        {
            ["en"] = "10:05 AM Montréal · 4:05 PM Paris",
            ["fr-CA"] = "10 h 05 Montréal · 16 h 05 Paris",
            ["fr-FR"] = "10:05 Montréal · 16:05 Paris",
        };

        var rendered = Enumerable.Range(0, 300).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => expected.Keys.ElementAt(i % 3))
            .Select(culture => (culture, Text: Render(at, culture: culture)))
            .ToList();

        Assert.All(rendered, r => Assert.Equal(expected[r.culture], r.Text));
    }
}
