
namespace Passerelles.Web.Features.Reports;

/// <summary>Those who manage a grant generate a report for it: a template (its latest published version) and a period,
/// the grant's own by default. The figures are computed now and kept; the texts start empty.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed class ReportForm
    {
        [Required(ErrorMessage = "Choose the grant.")]
        [Display(Name = "Grant")]
        public Guid? GrantId { get; set; }

        [Required(ErrorMessage = "Choose a template.")]
        [Display(Name = "Template")]
        public Guid? TemplateId { get; set; }

        [DateInRange]
        [Display(Name = "From")]
        public DateOnly? From { get; set; }

        [DateInRange]
        [Display(Name = "To")]
        public DateOnly? To { get; set; }
    }

    public sealed record Choice(Guid Id, string Label);

    [BindProperty] public ReportForm Input { get; set; } = new();
    public IReadOnlyList<Choice> Grants { get; private set; } = [];
    public IReadOnlyList<Choice> Templates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? grant)
    {
        var actor = await actors.GetAsync();
        if (!actor.MayManageGrants()) return Forbid();
        if (grant is { } id)
        {
            var chosen = await db.Grants.AsNoTracking().ManagedBy(actor).Where(g => g.Id == id).Select(g => new { g.StartsOn, g.EndsOn }).SingleOrDefaultAsync();
            if (chosen is null) return NotFound();
            Input = new ReportForm { GrantId = id, From = chosen.StartsOn.ToDateOnly(), To = chosen.EndsOn.ToDateOnly() };
        }
        await LoadChoicesAsync(actor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayManageGrants()) return Forbid();
        Grant? grant = null;
        if (Input.GrantId is { } grantId)
        {
            grant = await db.Grants.AsNoTracking().ManagedBy(actor).Include(g => g.Funder).Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary)
                .SingleOrDefaultAsync(g => g.Id == grantId);
            if (grant is null) ModelState.AddModelError("Input.GrantId", t["Choose the grant."]);
        }
        var template = Input.TemplateId is { } templateId
            ? await db.ReportTemplates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == templateId && x.Status == TemplateStatus.Published)
            : null;
        if (Input.TemplateId is not null && template is null) ModelState.AddModelError("Input.TemplateId", t["Choose a template."]);
        if (grant is not null && ModelState.IsValid)
        {
            var from = Input.From is { } f ? LocalDate.FromDateOnly(f) : grant.StartsOn;
            var to = Input.To is { } l ? LocalDate.FromDateOnly(l) : grant.EndsOn;
            if (ReportGenerator.CheckPeriod(from, to) is { } problem) ModelState.AddModelError("Input." + problem.Field, t[problem.Message]);
            else
            {
                var now = time.Now;
                var report = new Report
                {
                    TemplateId = template!.Id, GrantId = grant.Id, From = from, To = to, Number = 1, Status = ReportStatus.Draft,
                    Snapshot = await ReportGenerator.GenerateAsync(db, template, grant, from, to, now, time.InViewerZone(now).Date),
                };
                db.Reports.Add(report);
                await db.SaveChangesAsync();
                TempData["Notice"] = t["The report was generated."].Value;
                return Redirect(ReportAccess.Address(report.Id));
            }
        }
        await LoadChoicesAsync(actor);
        return Page();
    }

    private async Task LoadChoicesAsync(Actor actor)
    {
        Grants = (await db.Grants.AsNoTracking().ManagedBy(actor).OrderByDescending(g => g.StartsOn).ThenBy(g => g.Title)
            .Select(g => new { g.Id, g.Title, Funder = g.Funder.Name }).ToListAsync())
            .Select(g => new Choice(g.Id, $"{g.Title} · {g.Funder}")).ToList();
        Templates = (await PublishedAsync(db)).Select(x => new Choice(x.Id, x.Name.ForCurrentCulture())).ToList();
    }

    /// <summary>The latest published version of each template, by name.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Key, LocalisedText Name)>> PublishedAsync(AppDbContext db) =>
        (await db.ReportTemplates.AsNoTracking().Where(x => x.Status == TemplateStatus.Published)
            .Select(x => new { x.Id, x.Key, x.Number, x.Name }).ToListAsync())
        .GroupBy(x => x.Key).Select(g => g.MaxBy(x => x.Number)!)
        .OrderBy(x => x.Name.ForCurrentCulture(), StringComparer.CurrentCulture)
        .Select(x => (x.Id, x.Key, x.Name)).ToList();
}
