using NodaTime.Text;

namespace Passerelles.Web.Features.Agreements;

/// <summary>The commitments extracted from an agreement's articles, each with its next open occurrence; its drafters
/// add, change, mark done and delete them.</summary>
public sealed class CommitmentsModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed record Row(
        Guid Id, string Article, string What, string Party, string? Person, Recurrence Recurrence, LocalDate FirstDueOn,
        LocalDate? OpenOn, bool Overdue, string Indicator, string Target, CommitmentCompletion? LastDone);

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "due";
    [BindProperty(SupportsGet = true)] public bool Descending { get; set; }

    public CommitmentContext Context { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public LocalDate Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        Context = context;
        Today = CommitmentContext.Today(clock);
        var commitments = await db.Commitments.AsNoTracking().Where(c => c.AgreementId == id)
            .Include(c => c.Party).ThenInclude(p => p.Organisation).Include(c => c.Person)
            .Include(c => c.Completions).ThenInclude(d => d.DoneByUser)
            .AsSplitQuery().ToListAsync();
        var rows = commitments.Select(c =>
        {
            var open = c.OpenOccurrence(Today);
            var article = context.ArticleLabel(c.ArticleKey) + (context.IsInCurrentText(c.ArticleKey) ? "" : " — " + t["no longer in the text"]);
            return new Row(c.Id, article, c.What, c.Party.Organisation.Name, c.Person?.DisplayName, c.Recurrence, c.DueOn,
                open, open < Today, c.Indicator, c.Target, c.Completions.OrderByDescending(d => d.DueOn).FirstOrDefault());
        });
        // A commitment with nothing open sorts after the others when sorting by due date.
        Rows = (CurrentSort, Descending) switch
        {
            ("what", false) => rows.OrderBy(r => r.What, StringComparer.CurrentCultureIgnoreCase).ToList(),
            ("what", true) => rows.OrderByDescending(r => r.What, StringComparer.CurrentCultureIgnoreCase).ToList(),
            ("party", false) => rows.OrderBy(r => r.Party, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.OpenOn ?? LocalDate.MaxIsoValue).ToList(),
            ("party", true) => rows.OrderByDescending(r => r.Party, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.OpenOn ?? LocalDate.MaxIsoValue).ToList(),
            (_, true) => rows.OrderByDescending(r => r.OpenOn ?? LocalDate.MinIsoValue).ThenBy(r => r.What).ToList(),
            _ => rows.OrderBy(r => r.OpenOn ?? LocalDate.MaxIsoValue).ThenBy(r => r.What).ToList(),
        };
        return Page();
    }

    /// <summary>Marks one occurrence (the due date <paramref name="due"/>, yyyy-MM-dd) of a commitment as done.</summary>
    public async Task<IActionResult> OnPostDoneAsync(Guid id, Guid commitment, string? due)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        if (!context.CanManage) return Forbid();
        var found = await db.Commitments.AsNoTracking().Include(c => c.Completions).SingleOrDefaultAsync(c => c.Id == commitment && c.AgreementId == id);
        if (found is null) return NotFound();
        var parsed = LocalDatePattern.Iso.Parse(due ?? "");
        var today = CommitmentContext.Today(clock);
        if (!parsed.Success || !found.RelevantOccurrences(today).Contains(parsed.Value)) return BadRequest();
        if (!found.IsDone(parsed.Value))
        {
            var now = CommitmentContext.Now(clock);
            db.CommitmentCompletions.Add(new CommitmentCompletion { CommitmentId = found.Id, DueOn = parsed.Value, DoneBy = User.UserId()!.Value, DoneAt = now });
            AgreementFile.Record(db, id, AgreementEventKind.CommitmentDone, context.File.CurrentNumber, User.UserId(), now,
                $"{found.What} ({LocalDatePattern.Iso.Format(parsed.Value)})");
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                // Someone else marked it done at the same moment: it is done.
                if (!await db.CommitmentCompletions.AsNoTracking().AnyAsync(d => d.CommitmentId == found.Id && d.DueOn == parsed.Value)) throw;
            }
        }
        TempData["Notice"] = t["The commitment was marked as done."].Value;
        return Redirect($"/agreements/{id}/commitments");
    }

    private string CurrentSort => Sort is "what" or "party" ? Sort : "due";

    public string? AriaSort(string column) => column == CurrentSort ? (Descending ? "descending" : "ascending") : null;

    public string SortLink(string column) => QueryLink.With($"/agreements/{Context.File.Agreement.Id}/commitments", Request.Query,
        ("sort", column == "due" ? null : column),
        ("descending", column == CurrentSort && !Descending ? "true" : null));
}
