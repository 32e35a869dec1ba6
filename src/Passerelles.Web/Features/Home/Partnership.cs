using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Home;

/// <summary>The partnership sections of the home page, for those who lead it and those who take part: agreements and
/// what awaits the person on them, commitments coming due, circle sessions, territory studies and recent bridges. Every
/// list starts from the access rules' own filters (<see cref="AgreementRules"/>, <see cref="CircleRules"/>,
/// <see cref="AssessmentRules"/>, <see cref="BridgeRules"/>), so the home page never shows what the pages would refuse.</summary>
public static class Partnership
{
    /// <summary>How far ahead a commitment counts as coming due: a month leaves time to prepare it.</summary>
    public const int CommitmentDaysAhead = 30;

    public const int SessionWeeksAhead = 6;

    public const int BridgesShown = 5;

    /// <summary>Agreements being approved or signed that are read to find what awaits the person; a network has a handful.</summary>
    private const int OpenAgreementsRead = 100;

    public enum Step { Approve, Sign }

    /// <summary>Something the person is to do on an agreement, for one party: record its approval, or sign for it.</summary>
    public sealed record Awaiting(Step Step, Guid PartyId, string Party);

    public sealed record AgreementRow(Guid Id, string Title, AgreementStatus Status, int Version, IReadOnlyList<string> Parties, IReadOnlyList<Awaiting> Awaiting);

    public sealed record CommitmentRow(Guid AgreementId, string Agreement, string What, string Party, LocalDate DueOn);

    public sealed record CircleRow(Guid Id, string Name);

    public sealed record CircleSessionRow(Guid Id, string Title, string Circle, Instant StartsAt, int DurationMinutes);

    public sealed record CirclesView(IReadOnlyList<CircleRow> Circles, IReadOnlyList<CircleSessionRow> NextSessions);

    /// <summary>A sponsored study and where it stands: invitations not yet followed, assessments in progress, submitted.</summary>
    public sealed record StudyRow(Guid Id, string Territory, string Region, IReadOnlyList<string> Sponsors, int Invited, int InProgress, int Submitted);

    public sealed record AssessedStudyRow(Guid AssessmentId, string Territory, string Region, bool Submitted);

    /// <summary>An invitation to assess a territory study, sent to the person's address and not followed yet.</summary>
    public sealed record StudyInvitationRow(Guid InvitationId, string Territory, string Region);

    public sealed record BridgeRow(Guid FromId, string From, Guid ToId, string To, BridgeKind Kind, BridgeStatus Status);

    /// <summary>The agreements the person sees, those where something awaits them first, then the latest changed.</summary>
    public static async Task<IReadOnlyList<AgreementRow>> AgreementsAsync(AppDbContext db, Actor actor, LocalDate today)
    {
        var visible = db.Agreements.AsNoTracking().VisibleTo(actor);
        var open = await WithPartiesAsync(visible
            .Where(a => a.Status == AgreementStatus.InApproval || a.Status == AgreementStatus.InSignature)
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).Take(OpenAgreementsRead));
        var inApproval = open.Where(a => a.Status == AgreementStatus.InApproval).Select(a => a.Id).ToList();
        var inSignature = open.Where(a => a.Status == AgreementStatus.InSignature).Select(a => a.Id).ToList();
        var approvals = inApproval.Count == 0 ? [] : await db.PartyApprovals.AsNoTracking().Where(x => inApproval.Contains(x.AgreementId))
            .Select(x => new { x.AgreementId, x.PartyId, x.VersionNumber }).ToListAsync();
        var signatures = inSignature.Count == 0 ? [] : await db.AgreementSignatures.AsNoTracking().Where(s => inSignature.Contains(s.AgreementId))
            .Select(s => new AgreementSignature { AgreementId = s.AgreementId, PartyId = s.PartyId, UserId = s.UserId, VersionNumber = s.VersionNumber })
            .ToListAsync();

        IReadOnlyList<Awaiting> AwaitingOn(Agreement agreement)
        {
            if (agreement.Status == AgreementStatus.InApproval)
                return agreement.Parties
                    .Where(p => actor.ActsFor(p.OrganisationId) &&
                                !approvals.Any(x => x.PartyId == p.Id && x.VersionNumber == agreement.CurrentVersion))
                    .OrderBy(p => p.SigningRank).ThenBy(p => p.Organisation.Name)
                    .Select(p => new Awaiting(Step.Approve, p.Id, p.Organisation.Name)).ToList();
            if (agreement.Status != AgreementStatus.InSignature || actor.UserId is not { } userId) return [];
            var current = signatures.Where(s => s.AgreementId == agreement.Id && s.VersionNumber == agreement.CurrentVersion).ToList();
            if (agreement.SigningProblem(userId, current) is not null) return [];
            return agreement.PartiesSigningNow(current)
                .Where(p => p.Signatories.Any(s => s.UserId == userId))
                .Select(p => new Awaiting(Step.Sign, p.Id, p.Organisation.Name)).ToList();
        }

        var waiting = open.Select(a => (Agreement: a, Awaiting: AwaitingOn(a))).Where(a => a.Awaiting.Count > 0).Take(Dashboards.ListLimit).ToList();
        var waitingIds = waiting.Select(w => w.Agreement.Id).ToList();
        var latest = await WithPartiesAsync(visible.Where(a => !waitingIds.Contains(a.Id))
            .OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id).Take(Dashboards.ListLimit - waiting.Count));
        return waiting.Concat(latest.Select(a => (Agreement: a, Awaiting: (IReadOnlyList<Awaiting>)[])))
            .Select(w => new AgreementRow(w.Agreement.Id, w.Agreement.Title, w.Agreement.StatusOn(today), w.Agreement.CurrentVersion,
                w.Agreement.Parties.OrderBy(p => p.SigningRank).ThenBy(p => p.Organisation.Name).Select(p => p.Organisation.Name).ToList(), w.Awaiting))
            .ToList();
    }

    /// <summary>An agreement has two to four parties with a signatory or two each: one statement reads them all.</summary>
    private static Task<List<Agreement>> WithPartiesAsync(IQueryable<Agreement> agreements) =>
        agreements.Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .Include(a => a.Parties).ThenInclude(p => p.Signatories)
            .AsSingleQuery().ToListAsync();

    /// <summary>The open occurrences, overdue or due within <see cref="CommitmentDaysAhead"/> days, of the commitments of
    /// the parties the person acts for and of those the person answers for, earliest first.</summary>
    public static async Task<IReadOnlyList<CommitmentRow>> CommitmentsDueAsync(AppDbContext db, Actor actor, LocalDate today)
    {
        var horizon = today.PlusDays(CommitmentDaysAhead);
        var visible = db.Agreements.AsNoTracking().VisibleTo(actor);
        var agreements = await visible.Select(a => new { a.Id, a.Title, a.Status, a.ExpiresOn, a.Renewal }).ToListAsync();
        var live = agreements.Where(a => Agreement.StatusOn(a.Status, a.ExpiresOn, a.Renewal, today) != AgreementStatus.Expired).ToDictionary(a => a.Id, a => a.Title);
        var ids = live.Keys.ToList();
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => ids.Contains(c.AgreementId) && c.DueOn <= horizon)
            .Include(c => c.Party).ThenInclude(p => p.Organisation).Include(c => c.Completions)
            .AsSingleQuery().ToListAsync();
        return commitments
            .Where(c => actor.ActsFor(c.Party.OrganisationId) || c.PersonId is { } person && person == actor.UserId)
            .Select(c => (Commitment: c, Open: c.OpenOccurrence(today)))
            .Where(c => c.Open is { } due && due <= horizon)
            .OrderBy(c => c.Open).ThenBy(c => c.Commitment.What, StringComparer.CurrentCulture)
            .Take(Dashboards.ListLimit)
            .Select(c => new CommitmentRow(c.Commitment.AgreementId, live[c.Commitment.AgreementId], c.Commitment.What, c.Commitment.Party.Organisation.Name, c.Open!.Value))
            .ToList();
    }

    /// <summary>The circles the person is a member of, and their sessions of the next <see cref="SessionWeeksAhead"/> weeks.</summary>
    public static async Task<CirclesView> CirclesAsync(AppDbContext db, Actor actor, Instant now)
    {
        var userId = actor.UserId;
        var mine = db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Members.Any(m => m.UserId == userId));
        var circles = await mine.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(Dashboards.ListLimit).Select(c => new CircleRow(c.Id, c.Name)).ToListAsync();
        if (circles.Count == 0) return new CirclesView([], []);
        var until = now + Duration.FromDays(7 * SessionWeeksAhead);
        var circleIds = mine.Select(c => c.Id);
        var sessions = await db.CircleSessions.AsNoTracking()
            .Where(s => circleIds.Contains(s.CircleId) && s.CancelledAt == null && s.StartsAt >= now && s.StartsAt < until)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Take(Dashboards.ListLimit)
            .Select(s => new CircleSessionRow(s.Id, s.Title, s.Circle.Name, s.StartsAt, s.DurationMinutes))
            .ToListAsync();
        return new CirclesView(circles, sessions);
    }

    /// <summary>The territory studies the person runs, with how far their assessors have gone.</summary>
    public static async Task<IReadOnlyList<StudyRow>> SponsoredStudiesAsync(AppDbContext db, Actor actor) =>
        (await db.TerritoryStudies.AsNoTracking().RunBy(actor)
            .OrderBy(s => s.TerritoryName).ThenBy(s => s.TerritoryRegion)
            .Take(Dashboards.ListLimit)
            .Select(s => new
            {
                s.Id, s.TerritoryName, s.TerritoryRegion,
                Sponsors = s.Sponsors.Select(x => x.Organisation.Name).ToList(),
                Invited = db.AssessmentInvitations.Count(i => i.StudyId == s.Id && i.AssessmentId == null),
                InProgress = db.Assessments.Count(a => a.StudyId == s.Id && a.Status == AssessmentStatus.Draft),
                Submitted = db.Assessments.Count(a => a.StudyId == s.Id && a.Status == AssessmentStatus.Submitted),
            })
            .ToListAsync())
        .Select(s => new StudyRow(s.Id, s.TerritoryName, s.TerritoryRegion, s.Sponsors.Order(StringComparer.CurrentCulture).ToList(), s.Invited, s.InProgress, s.Submitted))
        .ToList();

    /// <summary>The person's own assessments of territory studies: theirs to continue or to read again.</summary>
    public static async Task<IReadOnlyList<AssessedStudyRow>> AssessedStudiesAsync(AppDbContext db, Actor actor)
    {
        if (actor.UserId is not { } userId) return [];
        return await db.Assessments.AsNoTracking()
            .Where(a => a.AssessorId == userId && a.StudyId != null)
            .OrderBy(a => a.Status).ThenBy(a => a.TerritoryName).ThenBy(a => a.Id)
            .Take(Dashboards.ListLimit)
            .Select(a => new AssessedStudyRow(a.Id, a.TerritoryName, a.TerritoryRegion, a.Status == AssessmentStatus.Submitted))
            .ToListAsync();
    }

    /// <summary>The invitations to assess a territory study that wait for the person: sent to their address, not followed.</summary>
    public static async Task<IReadOnlyList<StudyInvitationRow>> StudyInvitationsAsync(AppDbContext db, Actor actor)
    {
        if (actor.UserId is not { } userId) return [];
        return await db.AssessmentInvitations.AsNoTracking()
            .Where(i => i.StudyId != null && i.AssessmentId == null &&
                        db.Users.Any(u => u.Id == userId && u.NormalizedEmail == i.Email.ToUpper()))
            .OrderByDescending(i => i.LastSentAt).ThenBy(i => i.Id)
            .Take(Dashboards.ListLimit)
            .Select(i => new StudyInvitationRow(i.Id, i.TerritoryName, i.TerritoryRegion))
            .ToListAsync();
    }

    /// <summary>The latest bridges the person may see that touch one of their organisations or one they act for.</summary>
    public static async Task<IReadOnlyList<BridgeRow>> RecentBridgesAsync(AppDbContext db, Actor actor)
    {
        var theirs = actor.MemberOf.Concat(actor.Administers).Distinct().ToList();
        if (theirs.Count == 0) return [];
        return await db.Bridges.AsNoTracking().VisibleTo(actor)
            .Where(b => theirs.Contains(b.FromOrganisationId) || theirs.Contains(b.ToOrganisationId))
            .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.StartDate).ThenBy(b => b.Id)
            .Take(BridgesShown)
            .Select(b => new BridgeRow(b.FromOrganisationId, b.FromOrganisation.Name, b.ToOrganisationId, b.ToOrganisation.Name, b.Kind, b.Status))
            .ToListAsync();
    }
}
