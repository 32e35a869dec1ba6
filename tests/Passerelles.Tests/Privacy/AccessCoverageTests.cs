using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Tests.Agreements;
using Passerelles.Tests.Circles;
using Passerelles.Tests.Mobility;
using Passerelles.Tests.People;
using Passerelles.Tests.Projects;
using static Passerelles.Tests.Organisations.OrganisationsTesting;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using NodaTime;
using AttendanceModel = Passerelles.Web.Features.Circles.AttendanceModel;
using CvDownloadModel = Passerelles.Web.Features.Mobility.CvDownloadModel;
using EvidencePackModel = Passerelles.Web.Features.Agreements.EvidencePackModel;
using MembersModel = Passerelles.Web.Features.Circles.MembersModel;
using ProjectDetailsModel = Passerelles.Web.Features.Projects.DetailsModel;
using ShortlistModel = Passerelles.Web.Features.Mobility.ShortlistModel;

namespace Passerelles.Tests.Privacy;

/// <summary>Every feature that shows people to someone other than themselves, exports a file naming people or hands out
/// a person's document writes one line to the access trail per read: what was read, in which record, for how many
/// people, and the organisation whose officer sees the line.</summary>
public sealed class AccessCoverageTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A read to make: who reads, what they open, and the line it must leave.</summary>
    private sealed record Read(HttpClient Client, Guid ReaderId, string Address, PersonalDataAccessKind Kind, string What, Guid RecordId,
        Guid? OrganisationId, int Count);

    public static TheoryData<string> Points => ["circle-members", "circle-attendance", "project-team", "mobility-cv", "mobility-shortlist", "agreement-evidence-pack"];

    [Theory]
    [MemberData(nameof(Points))]
    public async Task Reading_people_in_a_feature_adds_one_line_to_the_trail(string point)
    {
        var read = await ArrangeAsync(point);

        var response = await read.Client.GetAsync(read.Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(await app.WithDbAsync(db => db.PersonalDataAccessLog.AsNoTracking().Where(a => a.RecordId == read.RecordId).ToListAsync()));
        Assert.Equal((read.ReaderId, read.Kind, read.What, read.OrganisationId, read.Count, Instant.FromDateTimeOffset(app.Clock.GetUtcNow())),
            (line.UserId, line.Kind, line.Export, line.OrganisationId, line.Count, line.At));
    }

    private async Task<Read> ArrangeAsync(string point)
    {
        switch (point)
        {
            case "circle-members":
            {
                var world = await app.CircleAsync();
                return new Read(world.Member.Client, world.Member.User.Id, $"/circles/{world.CircleId}/members", PersonalDataAccessKind.Read,
                    MembersModel.TrailName, world.CircleId, null, 3);
            }
            case "circle-attendance":
            {
                var world = await app.CircleAsync();
                var page = await HtmlPage.GetAsync(world.Quebec.Client, $"/circles/{world.CircleId}/sessions/new");
                var planned = await page.SubmitAsync(world.Quebec.Client, "main form", CirclesTesting.SessionFields("Financer un projet collectif", "2026-03-24", "10:00"));
                var sessionId = Guid.Parse(planned.Headers.Location!.OriginalString.Split('/').Last());
                return new Read(world.Quebec.Client, world.Quebec.User.Id, $"/circles/sessions/{sessionId}/attendance", PersonalDataAccessKind.Read,
                    AttendanceModel.TrailName, sessionId, null, 3);
            }
            case "project-team":
            {
                var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
                var project = await app.CreateActiveProjectAsync(incubator.Id);
                await app.AddTeamMemberAsync(project.Id);
                await app.AddTeamMemberAsync(project.Id);
                var (client, userId, _) = await app.PersonClientAsync(incubator.Id, MemberRole.Coach);
                return new Read(client, userId, $"/projects/{project.Id}", PersonalDataAccessKind.Read, ProjectDetailsModel.TeamTrailName, project.Id, incubator.Id, 2);
            }
            case "mobility-cv":
            {
                var world = await app.MobilityWorldAsync();
                await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world));
                var applicationId = await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.OfferId == world.Offer.Id).Select(a => a.Id).SingleAsync());
                // The student taking their own CV back is not a read of someone else's data.
                Assert.Equal(HttpStatusCode.OK, (await world.Student.Client.GetAsync($"/mobility/applications/{applicationId}/cv")).StatusCode);
                return new Read(world.HostCoach.Client, world.HostCoach.Id, $"/mobility/applications/{applicationId}/cv", PersonalDataAccessKind.Download,
                    CvDownloadModel.TrailName, applicationId, world.College.Id, 1);
            }
            case "mobility-shortlist":
            {
                var world = await app.MobilityWorldAsync();
                await world.Student.Client.ApplyAsync(world.Offer.Id, MobilityTesting.ApplicationFields(world));
                return new Read(world.Coordinator.Client, world.Coordinator.Id, $"/mobility/calls/{world.Call.Id}/shortlist", PersonalDataAccessKind.Read,
                    ShortlistModel.TrailName, world.Call.Id, world.Caller.Id, 1);
            }
            default:
            {
                var world = await app.AgreementAsync(ceresoRank: 1, tubeRank: 1);
                await app.OpenSignatureAsync(world);
                await world.CeresoSigner.SignAsync(world.AgreementId);
                await world.TubeSigner.SignAsync(world.AgreementId);
                return new Read(world.CeresoAdmin.Client, world.CeresoAdmin.User.Id, $"/agreements/{world.AgreementId}/evidence-pack", PersonalDataAccessKind.Export,
                    EvidencePackModel.TrailName, world.AgreementId, null, 2);
            }
        }
    }

    [Fact]
    public async Task An_officer_sees_the_list_lines_of_the_records_their_organisation_answers_for_and_a_stranger_does_not()
    {
        var incubator = await app.CreateOrganisationAsync(Unique("Équipe"), Side.Quebec);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        await app.AddTeamMemberAsync(project.Id);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var reader = await app.CreateUserAsync(email, $"Lectrice {tag}");
        await app.AddMemberAsync(incubator.Id, reader.Id, MemberRole.Coach);
        await (await app.SignedInClientAsync(email)).GetAsync($"/projects/{project.Id}");
        var officer = await app.SignedInMemberAsync(incubator.Id, MemberRole.OrganisationAdministrator);
        var stranger = await app.SignedInMemberAsync((await app.CreateOrganisationAsync()).Id, MemberRole.OrganisationAdministrator);

        var page = await HtmlPage.GetAsync(officer, $"/privacy/access-log?user=lectrice%20{tag.ToUpperInvariant()}");

        Assert.Equal(["Équipe d'un projet"], page.Texts("table.access-log tbody tr td:nth-child(4)"));
        Assert.DoesNotContain(tag, (await HtmlPage.GetAsync(stranger, "/privacy/access-log")).Html);
    }

}
