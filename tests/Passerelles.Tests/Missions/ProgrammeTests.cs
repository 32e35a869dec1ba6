using System.Net;
using System.Text.RegularExpressions;
using Passerelles.Tests.Infrastructure;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Missions;

/// <summary>The printable programme of a mission and its PDF: a page per day, every time in the local time of its place
/// with the delegation's home time beside it, the places and the host contacts, in French and English side by side; the
/// whole programme for the delegation, their own visits for hosts, nothing for anyone else.</summary>
public sealed partial class ProgrammeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Flat(string text) => Spaces().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    [Fact]
    public async Task A_member_reads_each_day_in_the_local_time_of_its_place_with_Montreal_time_beside_it()
    {
        var world = await app.ProgrammeAsync(memberCulture: "fr-CA");

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/missions/{world.MissionId}/programme");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var days = page.Document.QuerySelectorAll(".programme-day").Select(d => Flat(d.QuerySelector("h2")!.TextContent)).ToList();
        Assert.Equal(4, days.Count);
        Assert.StartsWith("Jour 1 · Day 1 — ", days[0]);
        Assert.StartsWith("Jour 3 · Day 3 — ", days[2]);
        Assert.Contains("18 octobre 2023", days[2]);
        Assert.Contains("October 18, 2023", days[2]);
        var items = page.Document.QuerySelectorAll(".programme-item").Select(i => Flat(i.TextContent)).ToList();
        Assert.Equal(4, items.Count);
        Assert.StartsWith("18 h 30 Montréal → 7 h 45 Paris · 1 h 45 Montréal Vol · Flight AC 870", items[0]);
        Assert.Contains("Départ · Departure Montréal-Trudeau (YUL) Arrivée · Arrival Paris-Charles-de-Gaulle (CDG)", items[0]);
        Assert.StartsWith("18 h Paris · 12 h Montréal → 10 h Paris · 4 h Montréal Hébergement · Accommodation Hôtel de la gare", items[1]);
        Assert.StartsWith("9 h 30 Paris · 3 h 30 Montréal → 11 h 30 Paris · 5 h 30 Montréal Visite · Visit Rencontre de l'incubateur", items[2]);
        Assert.Contains("Personne-ressource · Host contact Hélène Etcheverry", items[2]);
        Assert.Equal("2023-10-18T09:30:00+02:00", page.Document.QuerySelectorAll(".programme-item")[2].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Programme de la mission · Programme of the mission", Flat(page.Text(".programme-kicker")));
    }

    [Fact]
    public async Task The_places_and_contacts_are_listed_for_a_reader_without_script()
    {
        var world = await app.ProgrammeAsync(memberCulture: "fr-FR");

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/missions/{world.MissionId}/programme");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Lieux des visites · Places of the visits", Flat(page.Text("#places-heading")));
        var places = page.Document.QuerySelectorAll(".programme-place-list li").ToList();
        Assert.Equal(["Rencontre de l'incubateur — " + world.Tube.Name + " 1 rue de l'Industrie, 40220 Tarnos", "Visite de la coopérative — " + world.Scic.Name + " Pau"],
            places.Select(p => Flat(p.TextContent)));
        Assert.Equal(("43.54", "-1.46"), (places[0].GetAttribute("data-latitude"), places[0].GetAttribute("data-longitude")));
        Assert.NotNull(page.Document.QuerySelector("#programme-map[hidden]"));
        Assert.Equal("Contacts", Flat(page.Text("#contacts-heading")));
        Assert.Equal(["Nom · Name", "Organisation", "Adresse e-mail · E-mail", "Téléphone · Phone"], page.Document.QuerySelectorAll(".programme-contacts th").Select(th => Flat(th.TextContent)));
        Assert.Equal(["Hélène Etcheverry", world.Tube.Name, "helene@tube.example.org", "+33 5 59 00 00 00"],
            page.Document.QuerySelectorAll(".programme-contacts tbody td").Select(td => Flat(td.TextContent)));
        Assert.Contains("Contact sur place · Host contact Hélène Etcheverry", Flat(page.Document.QuerySelectorAll(".programme-item")[2].TextContent));
    }

    [Fact]
    public async Task An_english_reader_gets_english_first_and_the_french_of_the_delegation()
    {
        var world = await app.ProgrammeAsync(memberCulture: "en");

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/missions/{world.MissionId}/programme");

        Assert.Equal("Programme of the mission · Programme de la mission", Flat(page.Text(".programme-kicker")));
        Assert.Equal("Contacts · Personnes-ressources", Flat(page.Text("#contacts-heading")));
        Assert.Equal("fr-CA", page.Document.QuerySelector(".programme-kicker span:last-child")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_host_sees_only_the_visits_at_their_organisation()
    {
        var world = await app.ProgrammeAsync();

        var page = await HtmlPage.GetAsync(world.Host.Client, $"/missions/{world.MissionId}/programme");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = Assert.Single(page.Document.QuerySelectorAll(".programme-item"));
        Assert.Contains("Rencontre de l'incubateur", item.TextContent);
        Assert.DoesNotContain("AC 870", page.Html);
        Assert.DoesNotContain("Visite de la coopérative", page.Html);
        Assert.DoesNotContain("Hôtel de la gare", page.Html);
        Assert.Null(page.Document.QuerySelector($"a[href='/missions/{world.MissionId}/calendar-feed']"));
    }

    [Fact]
    public async Task Anyone_else_gets_404_and_a_visitor_is_sent_to_sign_in()
    {
        var world = await app.ProgrammeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/missions/{world.MissionId}/programme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.GetAsync($"/missions/{world.MissionId}/programme.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Member.Client.GetAsync($"/missions/{Guid.NewGuid()}/programme")).StatusCode);
        var visitor = await app.CreateBrowserlikeClient().GetAsync($"/missions/{world.MissionId}/programme");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Equal("/account/login", visitor.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_network_administrator_sees_the_whole_programme()
    {
        var world = await app.ProgrammeAsync();

        var page = await HtmlPage.GetAsync(await app.AdministratorClientAsync(), $"/missions/{world.MissionId}/programme");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(4, page.Document.QuerySelectorAll(".programme-item").Length);
    }

    [Fact]
    public async Task The_programme_is_valid_html_in_every_language()
    {
        using var pages = new ServedPages();
        foreach (var culture in new[] { "fr-CA", "fr-FR", "en" })
        {
            var world = await app.ProgrammeAsync(memberCulture: culture, hostCulture: culture);
            foreach (var (who, client) in new[] { ("member", world.Member.Client), ("host", world.Host.Client) })
            {
                var response = await client.GetAsync($"/missions/{world.MissionId}/programme");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                pages.Keep($"programme as {who}", await response.Content.ReadAsStringAsync());
            }
        }

        var errors = await pages.ValidateAsync();

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("fr-CA", "Jour 3 · Day 3", "Personne-ressource · Host contact")]
    [InlineData("fr-FR", "Jour 3 · Day 3", "Contact sur place · Host contact")]
    [InlineData("en", "Day 3 · Jour 3", "Host contact · Personne-ressource")]
    public async Task The_pdf_has_a_page_per_day_and_the_contacts_and_passes_qpdf_s_check(string culture, string day, string contact)
    {
        var world = await app.ProgrammeAsync(memberCulture: culture);

        var response = await world.Member.Client.GetAsync($"/missions/{world.MissionId}/programme.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Flat(ContentOrderTextExtractor.GetText(p))).ToList();
        // The title page, the four days, then the places and contacts.
        Assert.Equal(6, pages.Count);
        Assert.Contains(day, pages[3]);
        Assert.Contains("Rencontre de l'incubateur", pages[3]);
        Assert.Contains("Hélène Etcheverry", pages[5]);
        Assert.Contains("helene@tube.example.org", pages[5]);
        Assert.Contains(contact, pages[3]);
    }

    [Fact]
    public async Task A_host_s_pdf_holds_only_their_visit()
    {
        var world = await app.ProgrammeAsync(hostCulture: "fr-FR");

        var response = await world.Host.Client.GetAsync($"/missions/{world.MissionId}/programme.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        Assert.Contains("Rencontre de l'incubateur", text);
        Assert.DoesNotContain("AC 870", text);
        Assert.DoesNotContain("Visite de la coopérative", text);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
