namespace Passerelles.Web.Features.Missions;

/// <summary>Every follow-up of a mission, with its owner, due date and status, sortable, and the outcomes of its visits
/// per objective: for those who read the mission's record. Those who write it, and each follow-up's owner, mark a
/// follow-up done or reopen it.</summary>
public sealed class FollowUpsModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public enum SortBy { Due, Owner, Status, Visit }

    public sealed record Row(Guid Id, string Text, Guid OwnerId, string Owner, LocalDate DueOn, bool Done, Guid ItemId, string Visit);

    public sealed record ObjectiveRow(MissionScope.Objective Objective, IReadOnlyList<OutcomeRow> Outcomes);

    public sealed record OutcomeRow(string Text, Guid ItemId, string Visit);

    [BindProperty(SupportsGet = true)] public SortBy Sort { get; set; }

    public MissionScope Mission { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ObjectiveRow> Objectives { get; private set; } = [];
    public LocalDate Today { get; private set; }
    public Guid? Me { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (mission, refusal) = await MissionScope.LoadAsync(db, await actors.GetAsync(), id, write: false);
        if (mission is null) return refusal!;
        Mission = mission;
        Me = User.UserId();
        Today = time.InViewerZone(time.Now).Date;
        var rows = await db.MissionFollowUps.AsNoTracking().Where(f => f.MissionId == id)
            .Join(db.ItineraryItems, f => f.ItemId, i => i.Id, (f, i) => new Row(f.Id, f.Text, f.OwnerId, f.Owner.DisplayName, f.DueOn, f.DoneAt != null, i.Id, i.Title))
            .ToListAsync();
        var culture = StringComparer.CurrentCulture;
        Rows = Sort switch
        {
            SortBy.Owner => rows.OrderBy(r => r.Owner, culture).ThenBy(r => r.DueOn).ToList(),
            SortBy.Status => rows.OrderBy(r => r.Done).ThenBy(r => r.DueOn).ThenBy(r => r.Owner, culture).ToList(),
            SortBy.Visit => rows.OrderBy(r => r.Visit, culture).ThenBy(r => r.DueOn).ToList(),
            _ => rows.OrderBy(r => r.DueOn).ThenBy(r => r.Owner, culture).ToList(),
        };
        var outcomes = await db.VisitOutcomes.AsNoTracking().Where(o => o.Objective.MissionId == id)
            .Join(db.ItineraryItems, o => o.ItemId, i => i.Id, (o, i) => new { o.ObjectiveId, o.Text, o.RecordedAt, ItemId = i.Id, Visit = i.Title, i.StartsAt })
            .ToListAsync();
        Objectives = mission.Objectives.Select(o => new ObjectiveRow(o, outcomes.Where(x => x.ObjectiveId == o.Id).OrderBy(x => x.StartsAt).ThenBy(x => x.RecordedAt)
            .Select(x => new OutcomeRow(x.Text, x.ItemId, x.Visit)).ToList())).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostDoneAsync(Guid id, Guid followUpId) =>
        ChangeAsync(id, followUpId, f => f.MarkDone(time.Now), "The follow-up is marked done.");

    public Task<IActionResult> OnPostReopenAsync(Guid id, Guid followUpId) =>
        ChangeAsync(id, followUpId, f => f.Reopen(), "The follow-up is open again.");

    /// <summary>Those who write the record change any follow-up; its owner changes their own; other readers get 403.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, Guid followUpId, Action<MissionFollowUp> change, string notice)
    {
        var (mission, refusal) = await MissionScope.LoadAsync(db, await actors.GetAsync(), id, write: false);
        if (mission is null) return refusal!;
        var owner = await db.MissionFollowUps.AsNoTracking().Where(f => f.Id == followUpId && f.MissionId == id).Select(f => (Guid?)f.OwnerId).SingleOrDefaultAsync();
        if (owner is null) return NotFound();
        if (!mission.MayWrite && owner != User.UserId()) return Forbid();
        await ConcurrentChange.SaveAsync(db, async () => change(await db.MissionFollowUps.SingleAsync(f => f.Id == followUpId)));
        TempData["Notice"] = t[notice].Value;
        return Redirect($"/missions/{id}/follow-ups?sort={Sort}");
    }

    public string SortLink(SortBy by) => $"/missions/{Mission.Id}/follow-ups?sort={by}";
}
