
namespace Passerelles.Web.Features.Assessments;

/// <summary>The territory studies the person takes part in (whether a territorial cooperation pole could be set up in
/// Lanaudière, for instance): those they run for a sponsor and those they assess, with where each stands. Those who act
/// for an organisation as administrators (and network administrators) start a study here, with their own assessment.</summary>
public sealed class TerritoriesModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>A study and where it stands: invitations not followed yet, assessments in draft, assessments submitted.</summary>
    public sealed record Row(Guid Id, string Territory, IReadOnlyList<string> Sponsors, bool Runs, int Invited, int Started, int Submitted);

    public sealed record Choice(Guid Id, string Name);

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

        [Display(Name = "Sponsors")]
        public List<Guid> Sponsors { get; set; } = [];
    }

    [BindProperty] public StartForm Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayStart { get; private set; }
    public IReadOnlyList<(Guid Id, string Title)> Versions { get; private set; } = [];

    /// <summary>The organisations the person may name sponsors: those they act for, any for a network administrator.</summary>
    public IReadOnlyList<Choice> SponsorChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync(await actors.GetAsync());
        return Page();
    }

    /// <summary>Starts the study of a territory with its sponsors, or joins sponsors to the study the person already runs,
    /// and starts the person's assessment with the grid (or carries on with their draft).</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayStartStudies()) return Forbid();
        await LoadAsync(actor);
        if (Input.GridVersionId is { } versionId && Versions.All(v => v.Id != versionId))
            ModelState.AddModelError("Input.GridVersionId", t["Choose a grid."]);
        if (Input.Sponsors.Count == 0 || Input.Sponsors.Any(id => SponsorChoices.All(c => c.Id != id)))
            ModelState.AddModelError("Input.Sponsors", t["Choose the organisations that sponsor the study."]);
        if (!ModelState.IsValid) return Page();

        var study = await TerritoryStudy.FindOrStartAsync(db, Input.Territory!, Input.Region ?? "");
        if (db.Entry(study).State != EntityState.Added && !await db.TerritoryStudies.Where(s => s.Id == study.Id).RunBy(actor).AnyAsync())
        {
            // Joining sponsors to a study one does not run would let anyone in: its sponsors invite whom they choose.
            ModelState.AddModelError("Input.Territory", t["This territory is already studied. Ask the study's sponsors to invite you."]);
            return Page();
        }
        foreach (var sponsor in Input.Sponsors) study.Sponsor(sponsor);
        var userId = actor.UserId!.Value;
        var draft = await db.Assessments.Where(a => a.StudyId == study.Id && a.GridVersionId == Input.GridVersionId && a.AssessorId == userId && a.Status == AssessmentStatus.Draft)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
        if (draft is null)
        {
            var assessment = Assessment.OfTerritory(Input.GridVersionId!.Value, study, userId);
            db.Assessments.Add(assessment);
            draft = assessment.Id;
        }
        await db.SaveChangesAsync();
        return Redirect($"/assessments/{draft}");
    }

    private async Task LoadAsync(Actor actor)
    {
        MayStart = actor.MayStartStudies();
        if (MayStart)
        {
            Versions = await AssessmentLoader.AssessableVersionsAsync(db, GridSubject.Territory);
            SponsorChoices = await SponsorChoicesAsync(actor);
        }
        var studies = await db.TerritoryStudies.AsNoTracking().VisibleTo(actor)
            .Select(s => new { s.Id, s.TerritoryName, s.TerritoryRegion, Sponsors = s.Sponsors.Select(x => x.Organisation.Name).ToList() })
            .ToListAsync();
        var ids = studies.Select(s => s.Id).ToList();
        var run = await db.TerritoryStudies.Where(s => ids.Contains(s.Id)).RunBy(actor).Select(s => s.Id).ToListAsync();
        var waiting = await db.AssessmentInvitations.Where(i => i.StudyId != null && ids.Contains(i.StudyId.Value) && i.AssessmentId == null)
            .GroupBy(i => i.StudyId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count);
        var assessments = await db.Assessments.Where(a => a.StudyId != null && ids.Contains(a.StudyId.Value))
            .GroupBy(a => new { Id = a.StudyId!.Value, a.Status }).Select(g => new { g.Key.Id, g.Key.Status, Count = g.Count() }).ToListAsync();
        int Count(Guid id, AssessmentStatus status) => assessments.Where(a => a.Id == id && a.Status == status).Sum(a => a.Count);
        Rows = studies
            .Select(s => new Row(s.Id, TerritoryInviteModel.Named(s.TerritoryName, s.TerritoryRegion), s.Sponsors.Order(StringComparer.CurrentCulture).ToList(),
                run.Contains(s.Id), waiting.GetValueOrDefault(s.Id), Count(s.Id, AssessmentStatus.Draft), Count(s.Id, AssessmentStatus.Submitted)))
            .OrderBy(r => r.Territory, StringComparer.CurrentCulture)
            .ToList();
    }

    private async Task<IReadOnlyList<Choice>> SponsorChoicesAsync(Actor actor)
    {
        var choices = await db.Organisations.AsNoTracking().SponsorableBy(db, actor).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        return choices.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
    }
}
