namespace Passerelles.Web.Features.Agreements;

/// <summary>Where an agreement stands, on one printable page: its status and how it got there, each party's approval
/// and signatures, its term and notice date, its commitments with their progress, and the next reminders.</summary>
public sealed class StatusModel(AppDbContext db, CurrentActor actors, TimeProvider clock, AgreementReminders reminders, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>The kinds of event that move an agreement from one status to another.</summary>
    public static readonly AgreementEventKind[] StatusChanges =
        [AgreementEventKind.Created, AgreementEventKind.VersionSaved, AgreementEventKind.SentForApproval, AgreementEventKind.SignatureOpened, AgreementEventKind.SignedByAll];

    public sealed record HistoryRow(Instant At, AgreementEventKind Kind, int VersionNumber);
    public sealed record CommitmentRow(string What, string Article, string Party, string? Person, Recurrence Recurrence, LocalDate? OpenOn, bool Overdue, int Done, int Total);
    public sealed record ReminderRow(LocalDate On, string What, bool IsNotice);

    public CommitmentContext Context { get; private set; } = null!;
    public AgreementStatus Status { get; private set; }
    public LocalDate Today { get; private set; }
    public LocalDate? TermEndsOn { get; private set; }
    public LocalDate? NoticeOn { get; private set; }
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<CommitmentRow> Commitments { get; private set; } = [];
    public IReadOnlyList<ReminderRow> NextReminders { get; private set; } = [];
    public int DoneCount { get; private set; }
    public int OpenCount { get; private set; }
    public int OverdueCount { get; private set; }
    public int TotalCount => DoneCount + OpenCount + OverdueCount;
    public int DaysBefore => reminders.DaysBefore;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        Context = context;
        var agreement = context.File.Agreement;
        Today = CommitmentContext.Today(clock);
        Status = agreement.StatusOn(Today);
        TermEndsOn = agreement.TermEndsOn(Today);
        NoticeOn = agreement.NoticeOn(Today);
        History = await db.AgreementEvents.AsNoTracking().Where(e => e.AgreementId == id && StatusChanges.Contains(e.Kind)).OrderBy(e => e.At).ThenBy(e => e.Sequence)
            .Select(e => new HistoryRow(e.At, e.Kind, e.VersionNumber)).ToListAsync();

        var commitments = await db.Commitments.AsNoTracking().Where(c => c.AgreementId == id)
            .Include(c => c.Party).ThenInclude(p => p.Organisation).Include(c => c.Person).Include(c => c.Completions)
            .AsSplitQuery().ToListAsync();
        var rows = new List<CommitmentRow>();
        var next = new List<ReminderRow>();
        foreach (var c in commitments)
        {
            // What counts so far: every occurrence due up to today (recurring: within the look-back), plus the next one.
            var occurrences = c.OccurrencesUntil(Today).Where(d => c.Recurrence == Recurrence.Once || d >= Today.PlusDays(-Commitment.OverdueLookBackDays)).ToList();
            var done = occurrences.Count(c.IsDone);
            var overdue = occurrences.Count(d => !c.IsDone(d));
            var open = c.OpenOccurrence(Today);
            var upcoming = c.NextAfter(Today) is { } n && !c.IsDone(n) ? 1 : 0;
            DoneCount += done;
            OverdueCount += overdue;
            OpenCount += upcoming;
            rows.Add(new CommitmentRow(c.What, context.ArticleLabel(c.ArticleKey), c.Party.Organisation.Name, c.Person?.DisplayName, c.Recurrence,
                open, open < Today, done, occurrences.Count + upcoming));
            if (open is { } due && due >= Today)
            {
                var remindOn = due.PlusDays(-DaysBefore);
                next.Add(new ReminderRow(remindOn < Today ? Today : remindOn, c.What, false));
            }
        }
        if (NoticeOn is { } notice && notice >= Today) next.Add(new ReminderRow(notice, "", true));
        Commitments = rows.OrderBy(r => r.OpenOn ?? LocalDate.MaxIsoValue).ThenBy(r => r.What).ToList();
        NextReminders = next.OrderBy(r => r.On).Take(10).ToList();
        return Page();
    }
}
