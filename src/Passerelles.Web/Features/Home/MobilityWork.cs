
namespace Passerelles.Web.Features.Home;

/// <summary>The student-mobility sections of the home page, each a count and its first <see cref="Limit"/> rows: a
/// student's applications and open checklist items, the applications awaiting a reviewer's decision, the overdue
/// checklist items of the placements a coordinator coordinates, and the requests for housing awaiting a housing
/// association's answer. Only what may concern the person is read: the reviewer's, coordinator's and association's
/// sections follow the organisations the person works for, so a network administrator who belongs to none finds their
/// mobility work on the mobility pages rather than every application and placement of the network here.</summary>
public static class MobilityWork
{
    public const int Limit = 5;

    public sealed record Bounded<T>(IReadOnlyList<T> Rows, int Count)
    {
        public static readonly Bounded<T> None = new([], 0);
    }

    public sealed record ApplicationRow(Guid Id, string Offer, string Applicant, ApplicationStatus Status);

    public sealed record ChecklistRow(Guid PlacementId, string Student, ChecklistItemKind Kind, LocalDate DueOn);

    public sealed record HousingRow(Guid Id, string Student, string Residence, LocalDate From, LocalDate Until);

    public sealed record View(
        LocalDate Today, Bounded<ApplicationRow> MyApplications, Bounded<ChecklistRow> MyChecklist, Bounded<ApplicationRow> ToDecide,
        Bounded<ChecklistRow> OverdueChecklist, Bounded<HousingRow> HousingToAnswer);

    public static async Task<View> ForAsync(AppDbContext db, Actor actor, Guid me, LocalDate today)
    {
        // A checklist is made when its placement is first shown: the student's own are made here, so their home page
        // lists them even before they opened their placement.
        var preparing = await db.Placements.Where(p => p.StudentId == me && p.Status == PlacementStatus.Preparing)
            .OrderBy(p => p.StartsOn).ThenBy(p => p.Id).Take(Limit).ToListAsync();
        foreach (var placement in preparing)
            await DepartureChecklist.EnsureAsync(db, placement);

        var myApplications = await BoundedAsync(
            db.MobilityApplications.AsNoTracking().Where(a => a.ApplicantId == me).OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id),
            a => new ApplicationRow(a.Id, a.Offer.Title, a.Applicant!.DisplayName ?? Placement.AnonymousStudent, a.Status));
        var myPlacements = db.Placements.Where(p => p.StudentId == me && p.Status == PlacementStatus.Preparing);
        // Most people are no student: without a placement in preparation, there is no checklist to read.
        var myChecklist = preparing.Count > 0
            ? await ChecklistAsync(db, myPlacements, db.ChecklistItems.Where(i => i.DoneAt == null))
            : Bounded<ChecklistRow>.None;

        var reviews = actor.Administers.Count > 0 || actor.Staffs.Count > 0;
        var toDecide = reviews
            ? await BoundedAsync(
                db.MobilityApplications.AsNoTracking().ReviewedBy(actor)
                    .Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Shortlisted)
                    .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id),
                a => new ApplicationRow(a.Id, a.Offer.Title, a.Applicant!.DisplayName ?? Placement.AnonymousStudent, a.Status))
            : Bounded<ApplicationRow>.None;
        var overdue = actor.Administers.Count > 0
            ? await ChecklistAsync(db, db.Placements.CoordinatedBy(actor).Where(p => p.Status == PlacementStatus.Preparing),
                db.ChecklistItems.Where(i => i.DoneAt == null && i.DueOn < today))
            : Bounded<ChecklistRow>.None;
        var housing = reviews ? await HousingAsync(db, actor) : Bounded<HousingRow>.None;
        return new View(today, myApplications, myChecklist, toDecide, overdue, housing);
    }

    private static async Task<Bounded<ChecklistRow>> ChecklistAsync(AppDbContext db, IQueryable<Placement> placements, IQueryable<ChecklistItem> items)
    {
        var rows = from item in items
                   join placement in placements on item.PlacementId equals placement.Id
                   orderby item.DueOn, placement.StartsOn, item.Id
                   select new ChecklistRow(placement.Id, placement.Student!.DisplayName ?? Placement.AnonymousStudent, item.Kind, item.DueOn);
        return await BoundedAsync(rows.AsNoTracking(), row => row);
    }

    /// <summary>Requests for housing not answered yet in the residences the person answers for (its association's
    /// administrators and staff, <see cref="MobilityRules.AnswersFor"/>).</summary>
    private static Task<Bounded<HousingRow>> HousingAsync(AppDbContext db, Actor actor)
    {
        var answering = actor.Administers.Concat(actor.Staffs).Distinct().ToList();
        var requests = db.HousingRequests.AsNoTracking().Where(r => r.Status == HousingRequestStatus.Requested);
        if (!actor.IsNetworkAdministrator) requests = requests.Where(r => answering.Contains(r.Residence.OrganisationId));
        return BoundedAsync(requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id),
            r => new HousingRow(r.Id, r.Placement.Student!.DisplayName ?? Placement.AnonymousStudent, r.Residence.Name, r.From, r.Until));
    }

    /// <summary>The first <see cref="Limit"/> rows and how many there are: one more row is read, so that the count is
    /// asked of the database only when there are more than that.</summary>
    private static async Task<Bounded<TRow>> BoundedAsync<T, TRow>(IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, TRow>> row)
    {
        var rows = await query.Take(Limit + 1).Select(row).ToListAsync();
        return rows.Count <= Limit ? new(rows, rows.Count) : new(rows.Take(Limit).ToList(), await query.CountAsync());
    }
}
