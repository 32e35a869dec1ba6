using Microsoft.AspNetCore.DataProtection;

namespace Passerelles.Web.Features.Assessments;

/// <summary>One territory study: its sponsors, its assessors, its assessments and their results, for all who see it;
/// and, for those who run it, the invitations to assess it with their status, sent again from here.</summary>
public sealed class StudyModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t, IMailer mailer, EmailTemplates templates,
    IDataProtectionProvider protection, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Grid, string Assessor, Instant? SubmittedAt, bool IsMine);

    /// <summary>A grid version with at least one submitted assessment: its results page.</summary>
    public sealed record ResultsLink(Guid VersionId, string Grid);

    /// <summary>An invitation to assess the study: sent, started (the person opened their assessment) or submitted.</summary>
    public sealed record InvitationRow(Guid Id, string Email, string Grid, string InvitedBy, Instant SentAt,
        int SendCount, InvitationStatus Status, bool MayResend);

    public const int InvitationsPageSize = 25;

    /// <summary>The columns the invitations sort by; the last sending comes first, newest on top.</summary>
    public static readonly IReadOnlyList<string> InvitationSorts = ["sent", "invited", "status"];

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Descending { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public int PageCount { get; private set; } = 1;

    public Guid Id { get; private set; }
    public string Territory { get; private set; } = "";
    public bool Runs { get; private set; }
    public IReadOnlyList<string> Sponsors { get; private set; } = [];
    public IReadOnlyList<string> Assessors { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ResultsLink> Results { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public static string Address(Guid studyId) => $"/assessments/territories/{studyId}";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return Page();
    }

    /// <summary>Sends an invitation's e-mail again, up to <see cref="AssessmentInvitation.MaxSends"/> times in all,
    /// while the person has not started.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid id, Guid invitation)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!Runs) return Forbid();
        var sent = await db.AssessmentInvitations.SingleOrDefaultAsync(i => i.Id == invitation && i.StudyId == id);
        if (sent is null) return NotFound();
        if (sent.CannotResend() is { } problem)
        {
            TempData["Notice"] = t[problem, AssessmentInvitation.MaxSends].Value;
            return Redirect(Address(id));
        }
        sent.Resend(Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        await InviteModel.MailAsync(db, mailer, templates, protection, Request, sent, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent again to {0}.", sent.Email].Value;
        return Redirect(Address(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var studies = db.TerritoryStudies.AsNoTracking().Where(s => s.Id == id);
        var study = await studies.VisibleTo(actor)
            .Select(s => new
            {
                s.TerritoryName, s.TerritoryRegion,
                Sponsors = s.Sponsors.Select(x => x.Organisation.Name).ToList(),
                Assessors = s.Assessors.Select(x => x.User.DisplayName).ToList(),
            })
            .SingleOrDefaultAsync();
        if (study is null) return false;
        Id = id;
        Territory = TerritoryInviteModel.Named(study.TerritoryName, study.TerritoryRegion);
        Sponsors = study.Sponsors.Order(StringComparer.CurrentCulture).ToList();
        Assessors = study.Assessors.Order(StringComparer.CurrentCulture).ToList();
        Runs = await studies.RunBy(actor).AnyAsync();

        var userId = actor.UserId;
        var rows = await db.Assessments.AsNoTracking().Where(a => a.StudyId == id).ReadableBy(db, actor)
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new
            {
                a.Id, a.GridVersionId, a.GridVersion.Title, a.GridVersion.Number, u.DisplayName, a.SubmittedAt, a.CreatedAt, a.AssessorId,
            })
            .ToListAsync();
        Rows = rows.OrderByDescending(r => r.SubmittedAt ?? r.CreatedAt)
            .Select(r => new Row(r.Id, $"{r.Title.ForCurrentCulture()} (v{r.Number})", r.DisplayName, r.SubmittedAt, r.AssessorId == userId))
            .ToList();
        Results = rows.Where(r => r.SubmittedAt is not null)
            .GroupBy(r => r.GridVersionId)
            .Select(g => new ResultsLink(g.Key, $"{g.First().Title.ForCurrentCulture()} (v{g.First().Number})"))
            .OrderBy(r => r.Grid, StringComparer.CurrentCulture)
            .ToList();
        if (Runs) await LoadInvitationsAsync(id);
        return true;
    }

    private async Task LoadInvitationsAsync(Guid id)
    {
        var invitations = await db.AssessmentInvitations.AsNoTracking().Where(i => i.StudyId == id)
            .Join(db.Users, i => i.InvitedBy, u => u.Id, (i, u) => new
            {
                i.Id, i.Email, i.GridVersion.Title, i.GridVersion.Number, u.DisplayName, i.LastSentAt, i.SendCount, i.AssessmentId,
                Status = i.Assessment == null ? (AssessmentStatus?)null : i.Assessment.Status,
            })
            .ToListAsync();
        var invitationRows = invitations.Select(i =>
            {
                var status = AssessmentInvitation.StatusOf(i.AssessmentId, i.Status);
                return new InvitationRow(i.Id, i.Email, $"{i.Title.ForCurrentCulture()} (v{i.Number})",
                    i.DisplayName, i.LastSentAt, i.SendCount, status, status == InvitationStatus.Sent && i.SendCount < AssessmentInvitation.MaxSends);
            });
        // A study's invitations are few: they are sorted and paged here, the newest sending first by default.
        var sorted = (CurrentSort switch
            {
                "invited" => Ordered(invitationRows, r => r.Email, StringComparer.OrdinalIgnoreCase),
                "status" => Ordered(invitationRows, r => r.Status, Comparer<InvitationStatus>.Default),
                _ => Ordered(invitationRows, r => r.SentAt, Comparer<Instant>.Default),
            })
            .ThenByDescending(r => r.SentAt).ToList();
        PageCount = Math.Max(1, (sorted.Count + InvitationsPageSize - 1) / InvitationsPageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Invitations = sorted.Skip((PageNumber - 1) * InvitationsPageSize).Take(InvitationsPageSize).ToList();
    }

    private IOrderedEnumerable<InvitationRow> Ordered<TKey>(IEnumerable<InvitationRow> rows, Func<InvitationRow, TKey> key, IComparer<TKey> comparer) =>
        IsDescending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private string CurrentSort => Sort is { } sort && InvitationSorts.Contains(sort) ? sort : "sent";

    /// <summary>The last sending reads newest first unless asked otherwise; the other columns from A to Z.</summary>
    private static bool DescendingByDefault(string sort) => sort == "sent";

    private bool IsDescending => Descending ?? DescendingByDefault(CurrentSort);

    public string? AriaSort(string column) => column == CurrentSort ? (IsDescending ? "descending" : "ascending") : null;

    /// <summary>Sorts by the column, or reverses the order when it is the current one.</summary>
    public string SortLink(string column) =>
        Link(column, column == CurrentSort ? !IsDescending : DescendingByDefault(column), 1);

    public string PageLink(int page) => Link(CurrentSort, IsDescending, page);

    private string Link(string sort, bool descending, int page)
    {
        var query = new List<string>();
        if (sort != "sent") query.Add($"sort={sort}");
        if (descending != DescendingByDefault(sort)) query.Add($"descending={(descending ? "true" : "false")}");
        if (page > 1) query.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        return (query.Count == 0 ? Address(Id) : Address(Id) + "?" + string.Join("&", query)) + "#invitations";
    }
}
