
namespace Passerelles.Web.Features.Parity;

/// <summary>Parity computed from what the network already records (DOMAIN.md §9): for one organisation, or the whole
/// network, and a period, each role and each governing body as a group of people, counted once each, by the gender
/// they declared on their account (for a placement anonymised at the end of its retention period, on its application).
/// What comes out is already suppressed (<see cref="ParityArithmetic"/>): it can be
/// shown to anyone allowed to see the scope, on a page, in an export or through the API.</summary>
public static class ParityFigures
{
    public enum Role { ProjectHolders, Coaches, CoFacilitators, Speakers, DelegationMembers, MobilityParticipants, GoverningBody }

    /// <summary>One group as it may be shown. For a governing body, its name and organisation; for a role, null.</summary>
    public sealed record Group(Role Role, Guid? BodyId, string? BodyName, GoverningBodyKind? BodyKind, string? Organisation,
        ParityArithmetic.Published Figures);

    /// <summary>Accounts are keyed by their id, formatted here rather than by the database (SQLite and PostgreSQL
    /// write a Guid differently).</summary>
    private static string Key(Guid userId) => userId.ToString("N");

    private static List<string> Keys(IEnumerable<Guid> userIds) => userIds.Select(Key).ToList();

    /// <summary>The roles in the order they are shown, bodies last.</summary>
    public static readonly IReadOnlyList<Role> Roles =
        [Role.ProjectHolders, Role.Coaches, Role.CoFacilitators, Role.Speakers, Role.DelegationMembers, Role.MobilityParticipants];

    /// <summary>The groups of <paramref name="organisationId"/> (null: the network) active between <paramref name="from"/>
    /// and <paramref name="to"/>, both included. Instants are compared with the period's days in UTC.</summary>
    public static async Task<IReadOnlyList<Group>> ComputeAsync(
        AppDbContext db, Guid? organisationId, LocalDate from, LocalDate to, CancellationToken cancellationToken = default)
    {
        var start = from.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var end = to.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var org = organisationId;
        // People without an account (a team member, a board member of the directory) have not answered: each is
        // counted once, as undeclared, under a key of their own, or in a role's count of them.
        var people = new Dictionary<Role, List<string>>();
        var withoutAccount = new Dictionary<Role, int>();

        // Grouped by account in the database: team members without one come back as a single count.
        var holders = await db.ProjectMembers.AsNoTracking()
            .Where(m => db.Projects.Any(p => p.Id == m.ProjectId && (org == null || p.IncubatorId == org)
                && (p.Status == ProjectStatus.Active || p.Status == ProjectStatus.Exited)
                && p.DecidedAt < end && (p.ExitedOn == null || p.ExitedOn >= from)))
            .GroupBy(m => m.UserId).Select(g => new { User = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        people[Role.ProjectHolders] = Keys(holders.Select(h => h.User).OfType<Guid>());
        withoutAccount[Role.ProjectHolders] = holders.Where(h => h.User == null).Sum(h => h.Count);

        // Each account probes the (coach, start) index, rather than every session of the period being read.
        people[Role.Coaches] = Keys(await db.Users.AsNoTracking()
            .Where(u => db.CoachingSessions.Any(s => s.CoachId == u.Id && (org == null || s.IncubatorId == org) && s.StartsAt >= start && s.StartsAt < end))
            .Select(u => u.Id).ToListAsync(cancellationToken));

        people[Role.CoFacilitators] = Keys(await db.CircleMembers.AsNoTracking()
            .Where(m => m.IsCoFacilitator
                && db.CircleSessions.Any(s => s.CircleId == m.CircleId && s.CancelledAt == null && s.StartsAt >= start && s.StartsAt < end)
                && (org == null || db.Memberships.Any(x => x.UserId == m.UserId && x.OrganisationId == org)))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken));

        people[Role.Speakers] = Keys(await db.PresentationSpeakers.AsNoTracking()
            .Where(s => db.Presentations.Any(p => p.Id == s.PresentationId && p.StartsAt >= start && p.StartsAt < end)
                && (org == null || db.Memberships.Any(x => x.UserId == s.UserId && x.OrganisationId == org)))
            .Select(s => s.UserId).Distinct().ToListAsync(cancellationToken));

        people[Role.DelegationMembers] = Keys(await db.MissionMembers.AsNoTracking()
            .Where(m => m.Status == MissionInvitationStatus.Accepted && (org == null || m.OrganisationId == org)
                && db.Missions.Any(x => x.Id == m.MissionId && x.Status != MissionStatus.Cancelled && x.StartsOn <= to && x.EndsOn >= from))
            .Select(m => m.UserId).Distinct().ToListAsync(cancellationToken));

        // A placement anonymised at the end of its retention period no longer names its student: it counts once, under a
        // key of its own, by the gender kept on its application.
        var participants = await db.Placements.AsNoTracking()
            .Where(p => p.Status != PlacementStatus.Withdrawn && p.StartsOn <= to && p.EndsOn >= from
                && (org == null || p.SendingOrganisationId == org || p.HostOrganisationId == org))
            .Select(p => new { p.Id, p.StudentId, p.Application.Gender }).ToListAsync(cancellationToken);
        people[Role.MobilityParticipants] = participants.Select(p => p.StudentId is { } user ? Key(user) : "placement:" + p.Id).Distinct().ToList();
        var genders = participants.Where(p => p.StudentId is null).ToDictionary(p => "placement:" + p.Id, p => p.Gender);

        var seated = await db.GoverningBodyMembers.AsNoTracking()
            .Where(m => m.From <= to && (m.Until == null || m.Until >= from))
            .Join(db.GoverningBodies.Where(b => org == null || b.OrganisationId == org), m => m.BodyId, b => b.Id,
                (m, b) => new
                {
                    b.Id, b.Name, b.Kind, Organisation = b.Organisation.Name,
                    m.UserId, PersonUserId = m.Person != null ? m.Person.UserId : null, m.PersonId,
                })
            .ToListAsync(cancellationToken);
        var seats = seated.Select(r => new
        {
            r.Id, r.Name, r.Kind, r.Organisation, Person = (r.UserId ?? r.PersonUserId) is { } user ? Key(user) : "person:" + r.PersonId,
        }).ToList();
        var bodies = seats.GroupBy(s => (s.Id, s.Name, s.Kind, s.Organisation))
            .OrderBy(g => g.Key.Organisation, StringComparer.CurrentCulture).ThenBy(g => g.Key.Name, StringComparer.CurrentCulture)
            .ToList();

        var accounts = people.Values.SelectMany(p => p).Concat(seats.Select(s => s.Person))
            .Select(p => Guid.TryParse(p, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        foreach (var chunk in accounts.Chunk(1000))
        {
            var answers = await db.Users.AsNoTracking().Where(u => chunk.Contains(u.Id)).Select(u => new { u.Id, u.Gender })
                .ToListAsync(cancellationToken);
            foreach (var answer in answers) genders[Key(answer.Id)] = answer.Gender;
        }

        ParityArithmetic.Published Publish(IEnumerable<string> keys, int unanswered = 0)
        {
            var answers = keys.Distinct().Select(k => genders.GetValueOrDefault(k)).ToList();
            return ParityArithmetic.Publish(
                answers.Count(g => g == SelfDeclaredGender.Woman), answers.Count(g => g == SelfDeclaredGender.Man),
                answers.Count(g => g == SelfDeclaredGender.NonBinary),
                answers.Count(g => g is null or SelfDeclaredGender.PreferNotToSay) + unanswered);
        }

        return
        [
            .. Roles.Select(role => new Group(role, null, null, null, null, Publish(people[role], withoutAccount.GetValueOrDefault(role)))),
            .. bodies.Select(b => new Group(Role.GoverningBody, b.Key.Id, b.Key.Name, b.Key.Kind, b.Key.Organisation, Publish(b.Select(s => s.Person)))),
        ];
    }
}
