using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Circles;
using Passerelles.Tests.People;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy.Register;
using static Passerelles.Tests.Organisations.OrganisationsTesting;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>A feature's record names the purpose it is processed for and links to that entry of its controller's
/// register, on the controller's public privacy page, with the entry's retention.</summary>
public sealed class PurposeLinkTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task RegisterAsync(Guid controllerId, Side side, string purpose) =>
        app.WithDbAsync(async db =>
        {
            db.ProcessingActivities.Add(ShippedProcessingActivities.For(purpose, controllerId, side));
            await db.SaveChangesAsync();
        });

    private static void AssertLink(HtmlPage page, Guid controllerId, string purpose, string name, string retention)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var link = Assert.Single(page.Document.QuerySelectorAll(".purpose-of-processing a"));
        Assert.Equal($"/privacy/{controllerId}#purpose-{purpose}", link.GetAttribute("href"));
        Assert.Equal(name, link.TextContent.Trim());
        Assert.EndsWith(retention, page.Text(".purpose-of-processing"));
    }

    [Fact]
    public async Task A_project_points_to_its_incubator_s_entry_for_incubation_files()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        await RegisterAsync(incubator.Id, Side.Quebec, ProcessingPurposes.Incubation);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var coach = await app.StaffClientAsync(incubator.Id);

        var page = await HtmlPage.GetAsync(coach, $"/projects/{project.Id}");

        AssertLink(page, incubator.Id, ProcessingPurposes.Incubation, "Incubation files of projects", "60 months after the end of incubation, then destroyed");
    }

    [Fact]
    public async Task A_directory_entry_points_to_its_controller_s_entry_in_the_reader_s_language_and_the_public_page_has_the_anchor()
    {
        var controller = await app.CreateOrganisationAsync(Unique("Fiche"), Side.France);
        await RegisterAsync(controller.Id, Side.France, ProcessingPurposes.DirectoryListing);
        var person = await app.CreatePersonAsync(controller.Id, "Maïder Etchegaray", listed: true);
        var reader = await app.SignedInMemberAsync(controller.Id, MemberRole.Coach);
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var page = await HtmlPage.GetAsync(reader, $"/people/{person.Id}");

        AssertLink(page, controller.Id, ProcessingPurposes.DirectoryListing, "Fiche dans l'annuaire de l'écosystème",
            "12 mois après le retrait du consentement, puis anonymisé");
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == controller.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        var notice = await HtmlPage.GetAsync(reader, $"/privacy/{controller.Id}");
        Assert.NotNull(notice.Document.GetElementById($"purpose-{ProcessingPurposes.DirectoryListing}"));
    }

    [Fact]
    public async Task A_circle_points_to_the_entries_of_its_co_facilitators_organisations_and_a_record_without_an_entry_shows_none()
    {
        var world = await app.CircleAsync();
        var quebecOrganisation = await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == world.Quebec.User.Id).Select(m => m.OrganisationId).SingleAsync());
        await RegisterAsync(quebecOrganisation, Side.Quebec, ProcessingPurposes.Circles);

        var page = await HtmlPage.GetAsync(world.Member.Client, $"/circles/{world.CircleId}");

        AssertLink(page, quebecOrganisation, ProcessingPurposes.Circles, "Communities of practice (circles)",
            "24 months after the circle's last session, then destroyed");
        var other = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(other.Id);
        Assert.Empty((await HtmlPage.GetAsync(await app.StaffClientAsync(other.Id), $"/projects/{project.Id}")).Document.QuerySelectorAll(".purpose-of-processing"));
    }
}
