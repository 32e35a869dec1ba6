
namespace Passerelles.Web.Features.Reports;

/// <summary>A report: its figures as tables, kept from when it was generated, and its texts. While it is a draft those
/// who manage the grant write the texts (Markdown) and submit it for review; in review one of them marks it reviewed or
/// sends it back; once reviewed it can be frozen (<see cref="FreezeModel"/>). Regenerating the latest version makes the
/// next one, a draft with the figures computed now and the texts copied. A funder's guest reads a frozen report here.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, ViewerTime time, ReportNotices notices, IStringLocalizer<Text> t) : PageModel
{
    public const int TextMaxLength = 20_000;

    public sealed class TextInput
    {
        [StringLength(100)] public string Section { get; set; } = "";
        [StringLength(100)] public string Key { get; set; } = "";
        [StringLength(TextMaxLength)] public string? Markdown { get; set; }
    }

    [BindProperty] public List<TextInput> Texts { get; set; } = [];

    public Report Report { get; private set; } = null!;
    public ReportSnapshot Snapshot { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public bool IsLatest { get; private set; }
    public string? FrozenByName { get; private set; }
    public string? ReviewedByName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (report, refusal) = await ReportAccess.LoadAsync(db, actor, id, manage: false);
        if (report is null) return refusal!;
        return await ShowAsync(actor, report);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        var (report, refusal) = await ReportAccess.LoadAsync(db, await actors.GetAsync(), id, manage: true, tracked: true);
        if (report is null) return refusal!;
        if (!report.IsEditable) return await RefuseAsync(report, t["Only a draft can be changed."]);
        if (!ModelState.IsValid) return await ShowAsync(await actors.GetAsync(), report);
        report.WriteTexts(Texts.GroupBy(x => (x.Section, x.Key)).ToDictionary(g => g.Key, g => g.Last().Markdown ?? ""));
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The texts were saved."].Value;
        return Redirect(ReportAccess.Address(id));
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id) =>
        StepAsync(id, ReportStatus.Draft, "Only a draft can be submitted for review.", (report, by) => report.Submit(by),
            "The report was submitted for review.", (report, by) => notices.SubmittedAsync(Request, report, by));

    public Task<IActionResult> OnPostReviewedAsync(Guid id) =>
        StepAsync(id, ReportStatus.InReview, "Only a report in review can be marked reviewed.", (report, by) => report.MarkReviewed(by),
            "The report was marked reviewed: it can be frozen.");

    public Task<IActionResult> OnPostSendBackAsync(Guid id) =>
        StepAsync(id, ReportStatus.InReview, "Only a report in review can be sent back.", (report, _) => report.SendBack(),
            "The report was sent back to its writers.");

    /// <summary>One step of the review, taken from <paramref name="from"/> only, then told to whoever must act.</summary>
    private async Task<IActionResult> StepAsync(Guid id, ReportStatus from, string refusal, Action<Report, Guid> step, string notice,
        Func<Report, Guid, Task>? tell = null)
    {
        var actor = await actors.GetAsync();
        var (report, denied) = await ReportAccess.LoadAsync(db, actor, id, manage: true, tracked: true);
        if (report is null) return denied!;
        if (report.Status != from) return await RefuseAsync(report, t[refusal]);
        step(report, actor.UserId!.Value);
        await db.SaveChangesAsync();
        if (tell is not null) await tell(report, actor.UserId.Value);
        TempData["Notice"] = t[notice].Value;
        return Redirect(ReportAccess.Address(id));
    }

    public async Task<IActionResult> OnPostRegenerateAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var (report, refusal) = await ReportAccess.LoadAsync(db, actor, id, manage: true);
        if (report is null) return refusal!;
        if (await db.Reports.AnyAsync(r => r.PreviousId == id)) return await RefuseAsync(report, t["Only the latest version of a report can be regenerated."]);
        var now = time.Now;
        var next = new Report
        {
            TemplateId = report.TemplateId, GrantId = report.GrantId, From = report.From, To = report.To, Number = report.Number + 1,
            Status = ReportStatus.Draft, PreviousId = report.Id,
            Snapshot = await ReportGenerator.GenerateAsync(db, report.Template, report.Grant, report.From, report.To, now, time.InViewerZone(now).Date, report.Snapshot),
        };
        db.Reports.Add(next);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Version {0} of the report was generated.", next.Number].Value;
        return Redirect(ReportAccess.Address(next.Id));
    }

    /// <summary>A step the report's status does not allow (a second click, a stale page): the page again, with why.</summary>
    private async Task<IActionResult> RefuseAsync(Report report, string message)
    {
        ModelState.AddModelError("", message);
        return await ShowAsync(await actors.GetAsync(), report);
    }

    private async Task<IActionResult> ShowAsync(Actor actor, Report report)
    {
        Report = report;
        Snapshot = report.Snapshot;
        MayManage = actor.Manages(report);
        IsLatest = !await db.Reports.AnyAsync(r => r.PreviousId == report.Id);
        Guid?[] people = [report.FrozenBy, report.ReviewedBy];
        var names = await db.Users.Where(u => people.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        FrozenByName = report.FrozenBy is { } frozenBy ? names.GetValueOrDefault(frozenBy) : null;
        ReviewedByName = report.ReviewedBy is { } reviewedBy ? names.GetValueOrDefault(reviewedBy) : null;
        return Page();
    }

    /// <summary>The address of the records an indicator counts, over the report's scope and period.</summary>
    public string? RecordsLink(string key) =>
        IndicatorCatalog.Find(key)?.Link(ReportGenerator.ScopeOf(Report.Grant), ReportingPeriod.Custom(Report.From, Report.To));
}
