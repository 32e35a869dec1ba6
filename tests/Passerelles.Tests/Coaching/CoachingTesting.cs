using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Coaching;

internal static class CoachingTesting
{
    public sealed record Person(AppUser User, HttpClient Client);

    /// <summary>A signed-in person, with a membership in <paramref name="organisationId"/> when given.</summary>
    public static async Task<Person> PersonAsync(this AppFactory app, Guid? organisationId = null, MemberRole role = MemberRole.Coach, string? name = null)
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, name, culture: "en");
        if (organisationId is { } id) await app.AddMemberAsync(id, user.Id, role);
        return new Person(user, await app.SignedInClientAsync(email));
    }

    /// <summary>A member of the project team who has an account, signed in.</summary>
    public static async Task<(Person Person, ProjectMember Member)> TeamMemberAsync(this AppFactory app, Guid projectId, string? name = null)
    {
        var person = await app.PersonAsync(name: name);
        var member = await app.AddTeamMemberAsync(projectId, person.User.Id);
        await app.WithDbAsync(async db =>
        {
            var tracked = await db.ProjectMembers.SingleAsync(m => m.Id == member.Id);
            tracked.Email = person.User.Email!;
            if (name is not null) tracked.DisplayName = name;
            await db.SaveChangesAsync();
        });
        return (person, member);
    }

    /// <summary>A session logged directly, for tests about what is shown rather than how it is logged.</summary>
    public static Task<CoachingSession> LogSessionAsync(this AppFactory app, Guid incubatorId, Guid coachId, Instant at, int minutes, params Guid[] projectIds) =>
        app.WithDbAsync(async db =>
        {
            var session = new CoachingSession
            {
                IncubatorId = incubatorId, CoachId = coachId, DurationMinutes = minutes, Topics = "Modèle économique",
                Kind = projectIds.Length > 1 ? CoachingKind.Collective : CoachingKind.Individual,
            };
            foreach (var id in projectIds) session.AddProject(id);
            session.ScheduleAt(at, "America/Toronto");
            db.CoachingSessions.Add(session);
            await db.SaveChangesAsync();
            return session;
        });

    public static Task<CoachingAction> AddActionAsync(this AppFactory app, CoachingSession session, Guid projectId, Guid ownerId, LocalDate dueOn, string description = "Écrire le budget prévisionnel") =>
        app.WithDbAsync(async db =>
        {
            var action = new CoachingAction { SessionId = session.Id, IncubatorId = session.IncubatorId, ProjectId = projectId, OwnerId = ownerId, DueOn = dueOn, Description = description };
            db.CoachingActions.Add(action);
            await db.SaveChangesAsync();
            return action;
        });

    public static Dictionary<string, string> SessionFields(string date = "2026-03-17", string time = "10:00", string minutes = "90") => new()
    {
        ["Input.Date"] = date,
        ["Input.Time"] = time,
        ["Input.TimeZoneId"] = "America/Toronto",
        ["Input.DurationMinutes"] = minutes,
        ["Input.Kind"] = "Individual",
        ["Input.Topics"] = "Modèle économique, gouvernance",
    };
}
