using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Infrastructure.Email;
using Passerelles.Web.Infrastructure.Security;

namespace Passerelles.Web.Features.Assessments;

/// <summary>Assessments of territories (whether a territorial cooperation pole could be set up in Lanaudière, for
/// instance), for incubator staff and network administrators, with the invitations to assess a territory and their
/// status.</summary>
public sealed class TerritoriesModel(AppDbContext db, IStringLocalizer<Text> t, IMailer mailer, EmailTemplates templates, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Territory, string Region, Guid VersionId, string Grid, int VersionNumber, string Assessor, Instant? SubmittedAt);

    /// <summary>A territory assessed with a version, with at least one submitted assessment: its results page.</summary>
    public sealed record ResultsLink(string Territory, string Region, Guid VersionId, string Grid, int VersionNumber);

    /// <summary>An invitation to assess a territory: sent, started (the person opened their assessment) or submitted.</summary>
    public sealed record InvitationRow(Guid Id, string Email, string Territory, string Grid, string InvitedBy, Instant SentAt,
        int SendCount, InvitationStatus Status, bool MayResend);

    public sealed class StartForm
    {
        [Required(ErrorMessage = "Choose a grid.")]
        [Display(Name = "Grid")]
        public Guid? GridVersionId { get; set; }

        [Required(ErrorMessage = "Name the territory.")]
        [StringLength(Assessment.TerritoryMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Territory")]
        public string? Territory { get; set; }

        [StringLength(Assessment.TerritoryMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Region (optional)")]
        public string? Region { get; set; }
    }

    public const int InvitationsPageSize = 25;

    /// <summary>The columns the invitations sort by; the last sending comes first, newest on top.</summary>
    public static readonly IReadOnlyList<string> InvitationSorts = ["sent", "invited", "territory", "status"];

    [BindProperty] public StartForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Descending { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public int PageCount { get; private set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<ResultsLink> Results { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await GridAccess.MayEditAsync(db, User)) return Forbid();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await GridAccess.MayEditAsync(db, User)) return Forbid();
        await LoadAsync();
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (!ModelState.IsValid) return Page();
        var assessment = Assessment.OfTerritory(Input.GridVersionId!.Value, await TerritoryStudy.FindOrStartAsync(db, Input.Territory!, Input.Region ?? ""), User.UserId()!.Value);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
        return Redirect($"/assessments/{assessment.Id}");
    }

    /// <summary>Sends an invitation's e-mail again, up to <see cref="AssessmentInvitation.MaxSends"/> times in all,
    /// while the person has not started.</summary>
    public async Task<IActionResult> OnPostResendAsync(Guid invitation)
    {
        if (!await GridAccess.MayEditAsync(db, User)) return Forbid();
        var sent = await db.AssessmentInvitations.SingleOrDefaultAsync(i => i.Id == invitation && i.ProjectId == null);
        if (sent is null) return NotFound();
        if (sent.CannotResend() is { } problem)
        {
            TempData["Notice"] = t[problem, AssessmentInvitation.MaxSends].Value;
            return Redirect("/assessments/territories");
        }
        sent.Resend(Instant.FromDateTimeOffset(clock.GetUtcNow()));
        await db.SaveChangesAsync();
        await InviteModel.MailAsync(db, mailer, templates, Request, sent, HttpContext.RequestAborted);
        TempData["Notice"] = t["The invitation was sent again to {0}.", sent.Email].Value;
        return Redirect("/assessments/territories");
    }

    private async Task LoadAsync()
    {
        Versions = await AssessmentAccess.AssessableVersionsAsync(db, GridSubject.Territory);
        var userId = User.UserId();
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.ProjectId == null && (a.Status == AssessmentStatus.Submitted || a.AssessorId == userId))
            .Join(db.Users, a => a.AssessorId, u => u.Id, (a, u) => new
            {
                a.Id, a.TerritoryName, a.TerritoryRegion, a.GridVersionId, a.GridVersion.Title, a.GridVersion.Number, u.DisplayName, a.SubmittedAt, a.CreatedAt,
            })
            .ToListAsync();
        Rows = rows.OrderByDescending(r => r.SubmittedAt ?? r.CreatedAt)
            .Select(r => new Row(r.Id, r.TerritoryName, r.TerritoryRegion, r.GridVersionId, r.Title.ForCurrentCulture(), r.Number, r.DisplayName, r.SubmittedAt))
            .ToList();
        Results = Rows.Where(r => r.SubmittedAt is not null)
            .Select(r => new ResultsLink(r.Territory, r.Region, r.VersionId, r.Grid, r.VersionNumber)).Distinct()
            .OrderBy(r => r.Territory, StringComparer.CurrentCulture).ThenBy(r => r.VersionNumber)
            .ToList();
        var invitations = await db.AssessmentInvitations.AsNoTracking().Where(i => i.ProjectId == null)
            .Join(db.Users, i => i.InvitedBy, u => u.Id, (i, u) => new
            {
                i.Id, i.Email, i.TerritoryName, i.TerritoryRegion, i.GridVersion.Title, i.GridVersion.Number, u.DisplayName, i.LastSentAt, i.SendCount, i.AssessmentId,
                Status = i.Assessment == null ? (AssessmentStatus?)null : i.Assessment.Status,
            })
            .ToListAsync();
        var invitationRows = invitations.Select(i =>
            {
                var status = AssessmentInvitation.StatusOf(i.AssessmentId, i.Status);
                return new InvitationRow(i.Id, i.Email, TerritoryInviteModel.Named(i.TerritoryName, i.TerritoryRegion), $"{i.Title.ForCurrentCulture()} (v{i.Number})",
                    i.DisplayName, i.LastSentAt, i.SendCount, status, status == InvitationStatus.Sent && i.SendCount < AssessmentInvitation.MaxSends);
            });
        // Invitations to assess a territory are few: they are sorted and paged here, the newest sending first by default.
        var text = StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase);
        var sorted = (CurrentSort switch
            {
                "invited" => Ordered(invitationRows, r => r.Email, StringComparer.OrdinalIgnoreCase),
                "territory" => Ordered(invitationRows, r => r.Territory, text),
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

    private static string Link(string sort, bool descending, int page)
    {
        var query = new List<string>();
        if (sort != "sent") query.Add($"sort={sort}");
        if (descending != DescendingByDefault(sort)) query.Add($"descending={(descending ? "true" : "false")}");
        if (page > 1) query.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        return (query.Count == 0 ? "/assessments/territories" : "/assessments/territories?" + string.Join("&", query)) + "#invitations";
    }
}
