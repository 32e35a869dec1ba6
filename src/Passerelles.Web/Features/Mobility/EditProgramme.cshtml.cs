namespace Passerelles.Web.Features.Mobility;

/// <summary>Those who manage programmes add one or change its rules and questions. A question applications have answered
/// stays: its answers are part of those applications.</summary>
public sealed class EditProgrammeModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Blank lines offered for new questions.</summary>
    public const int NewLines = 2;

    [BindProperty] public ProgrammeForm Input { get; set; } = new();
    public Guid? Id { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Funders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        var (programme, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        Input = programme is null ? new ProgrammeForm { MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 } : ProgrammeForm.From(programme);
        Input.Questions.AddRange(Enumerable.Range(0, NewLines).Select(_ => new ProgrammeForm.QuestionLine()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        var (programme, refusal) = await LoadAsync(id);
        if (refusal is not null) return refusal;
        programme ??= new MobilityProgramme();
        if (Input.FunderOrganisationId is { } funder && Funders.All(f => f.Id != funder))
            ModelState.AddModelError($"Input.{nameof(ProgrammeForm.FunderOrganisationId)}", t["Choose a funder from the list."]);
        var questions = programme.Questions.Select(q => q.Id).ToList();
        var answered = (await db.Set<ApplicationAnswer>().Where(a => questions.Contains(a.QuestionId)).Select(a => a.QuestionId).Distinct().ToListAsync()).ToHashSet();
        Input.CheckQuestions(programme, answered, ModelState, t);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(programme);
        if (id is null)
        {
            db.MobilityProgrammes.Add(programme);
            await db.SaveChangesAsync();
        }
        else if (!await db.SaveAtVersionAsync(programme, Input.Version, ModelState, t)) return Page();
        TempData["Notice"] = t["The programme was saved."].Value;
        return Redirect("/mobility/programmes");
    }

    private async Task<(MobilityProgramme? Programme, IActionResult? Refusal)> LoadAsync(Guid? id)
    {
        if (!(await actors.GetAsync()).ManagesProgrammes()) return (null, Forbid());
        Id = id;
        var funders = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Funder).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        Funders = funders.Select(f => (f.Id, f.Name)).ToList();
        if (id is null) return (null, null);
        var programme = await db.MobilityProgrammes.Include(p => p.Questions).SingleOrDefaultAsync(p => p.Id == id);
        return programme is null ? (null, NotFound()) : (programme, null);
    }
}
