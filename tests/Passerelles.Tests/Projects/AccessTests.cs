using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Access;

namespace Passerelles.Tests.Projects;

/// <summary>Nothing crosses from one incubator to another without a share the project team consented to.</summary>
public sealed class AccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_partner_coach_sees_a_project_only_while_it_is_shared_with_their_incubator()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var member = await app.AddTeamMemberAsync(project.Id);
        var partnerCoach = await app.PersonAsync(tube.Id, MemberRole.Coach);

        Assert.False(await SeesAsync(partnerCoach, project.Id));
        Assert.False(await CoachesAsync(partnerCoach, project.Id));

        var shareId = await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            var share = tracked.ShareWith(tube.Id, await db.ProjectMembers.SingleAsync(m => m.Id == member.Id), ProjectsTesting.Now, ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
            return share.Id;
        });

        Assert.True(await SeesAsync(partnerCoach, project.Id));
        Assert.True(await CoachesAsync(partnerCoach, project.Id));
        Assert.False(await ManagesAsync(partnerCoach, project.Id));

        await app.WithDbAsync(async db =>
        {
            (await db.ProjectShares.SingleAsync(s => s.Id == shareId)).Revoke(ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
        });

        Assert.False(await SeesAsync(partnerCoach, project.Id));
        var share = await app.WithDbAsync(db => db.ProjectShares.AsNoTracking().SingleAsync(s => s.Id == shareId));
        Assert.Equal(member.Id, share.ConsentGivenByMemberId);
        Assert.NotNull(share.RevokedAt);
    }

    [Fact]
    public async Task A_share_with_one_partner_shows_nothing_to_the_coaches_of_another()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var tube = await app.CreateOrganisationAsync(side: Side.France);
        var elsewhere = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var member = await app.AddTeamMemberAsync(project.Id);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Shares).SingleAsync(p => p.Id == project.Id);
            tracked.ShareWith(tube.Id, await db.ProjectMembers.SingleAsync(m => m.Id == member.Id), ProjectsTesting.Now, ProjectsTesting.Now, null);
            await db.SaveChangesAsync();
        });

        var otherCoach = await app.PersonAsync(elsewhere.Id, MemberRole.Coach);
        var partnerProjectMember = await app.PersonAsync(tube.Id, MemberRole.ProjectMember);

        Assert.False(await SeesAsync(otherCoach, project.Id));
        Assert.False(await SeesAsync(partnerProjectMember, project.Id));
    }

    [Fact]
    public async Task Its_incubators_staff_its_team_and_network_administrators_see_a_project_and_no_one_else()
    {
        var espace = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(espace.Id);
        var administrator = await app.PersonAsync(espace.Id, MemberRole.OrganisationAdministrator);
        var coach = await app.PersonAsync(espace.Id, MemberRole.Coach);
        var memberUser = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.AddTeamMemberAsync(project.Id, memberUser.Id);
        var teamMember = ProjectsTesting.PrincipalOf(memberUser.Id);
        var network = ProjectsTesting.PrincipalOf(Guid.NewGuid(), networkAdministrator: true);
        var otherProjectMember = await app.PersonAsync(espace.Id, MemberRole.ProjectMember);
        var outsider = await app.PersonAsync();

        foreach (var viewer in new[] { administrator, coach, teamMember, network })
            Assert.True(await SeesAsync(viewer, project.Id));
        foreach (var viewer in new[] { otherProjectMember, outsider })
            Assert.False(await SeesAsync(viewer, project.Id));
        Assert.True(await ManagesAsync(coach, project.Id));
        Assert.False(await ManagesAsync(teamMember, project.Id));
    }

    private Task<bool> SeesAsync(ClaimsPrincipal person, Guid projectId) =>
        app.WithDbAsync(async db => await db.Projects.VisibleTo(await Actor.LoadAsync(db, person)).AnyAsync(p => p.Id == projectId));

    private Task<bool> CoachesAsync(ClaimsPrincipal person, Guid projectId) =>
        app.WithDbAsync(async db => await db.Projects.CoachableBy(await Actor.LoadAsync(db, person)).AnyAsync(p => p.Id == projectId));

    private Task<bool> ManagesAsync(ClaimsPrincipal person, Guid projectId) =>
        app.WithDbAsync(async db => await db.Projects.ManageableBy(await Actor.LoadAsync(db, person)).AnyAsync(p => p.Id == projectId));
}
