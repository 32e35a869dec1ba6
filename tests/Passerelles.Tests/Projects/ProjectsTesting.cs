using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Access;

namespace Passerelles.Tests.Projects;

internal static class ProjectsTesting
{
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 14, 0);

    /// <summary>A project accepted by <paramref name="incubatorId"/> into a new cohort, at the first of its default stages.</summary>
    public static Task<Project> CreateActiveProjectAsync(this AppFactory app, Guid incubatorId, string name = "Cantine solidaire") =>
        app.WithDbAsync(async db =>
        {
            await StageModel.EnsureAsync(db, incubatorId);
            var stage = db.IncubatorStages.Where(s => s.IncubatorId == incubatorId).OrderBy(s => s.Position).First();
            var programme = new Programme { IncubatorId = incubatorId, Name = $"Parcours {Guid.NewGuid():N}"[..20] };
            var cohort = new Cohort { Programme = programme, Name = "Cohorte 2026", StartsOn = new LocalDate(2026, 1, 15), EndsOn = new LocalDate(2026, 12, 15) };
            db.Cohorts.Add(cohort);
            var project = Project.ApplyTo(incubatorId, name);
            project.AcceptInto(cohort, stage, Now, null);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project;
        });

    public static Task<ProjectMember> AddTeamMemberAsync(this AppFactory app, Guid projectId, Guid? userId = null) =>
        app.WithDbAsync(async db =>
        {
            var member = new ProjectMember { ProjectId = projectId, UserId = userId, DisplayName = "Awa Diallo", Email = "awa@example.org", Role = "Porteuse" };
            db.ProjectMembers.Add(member);
            await db.SaveChangesAsync();
            return member;
        });

    /// <summary>A signed-in person, as the access rules see them, with a membership in <paramref name="organisationId"/>.</summary>
    public static async Task<ClaimsPrincipal> PersonAsync(this AppFactory app, Guid? organisationId = null, MemberRole role = MemberRole.Coach)
    {
        var user = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        if (organisationId is { } id) await app.AddMemberAsync(id, user.Id, role);
        return PrincipalOf(user.Id);
    }

    public static ClaimsPrincipal PrincipalOf(Guid userId, bool networkAdministrator = false)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId.ToString()) };
        if (networkAdministrator) claims.Add(new Claim(Policies.NetworkAdministratorClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
