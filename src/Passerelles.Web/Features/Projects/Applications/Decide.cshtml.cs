namespace Passerelles.Web.Features.Projects.Applications;

public enum Decision { Accept, WaitingList, Decline }

/// <summary>The incubator's staff decide on an application: accepted into one of its cohorts (at the first stage of
/// its stage model), put on the waiting list, or declined with a reason. The applicants are told by e-mail, in the
/// language they chose. A decision is final, except that a project on the waiting list may still be decided.</summary>
public sealed class DecideModel(AppDbContext db, IAuthorizationService authorization, TimeProvider clock, EmailTemplates templates, IMailer mailer, IStringLocalizer<Text> t) : PageModel
{
    public sealed class DecisionForm
    {
        [Required]
        [Display(Name = "Decision")]
        public Decision? Decision { get; set; }

        [Display(Name = "Cohort")]
        public Guid? CohortId { get; set; }

        [StringLength(Project.ReasonMaxLength)]
        [Display(Name = "Reason given to the applicants")]
        public string? Reason { get; set; }
    }

    public sealed record CohortChoice(Guid Id, string Name, int Projects, int? Capacity);

    [BindProperty] public DecisionForm Input { get; set; } = new();

    public Project Project { get; private set; } = null!;
    public IReadOnlyList<CohortChoice> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (Project.CannotDecide() is { } already) ModelState.AddModelError("", t[already]);
        if (!ModelState.IsValid) return Page();

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        switch (Input.Decision)
        {
            case Decision.Accept:
                if (Input.CohortId is not { } cohortId)
                {
                    ModelState.AddModelError(Field(nameof(DecisionForm.CohortId)), t["Choose the cohort the project joins."]);
                    return Page();
                }
                var cohort = await db.Cohorts.Include(c => c.Programme).SingleOrDefaultAsync(c => c.Id == cohortId);
                if (cohort is null || cohort.Programme.IncubatorId != Project.IncubatorId)
                {
                    ModelState.AddModelError(Field(nameof(DecisionForm.CohortId)), t["This cohort belongs to another incubator."]);
                    return Page();
                }
                var active = await db.Projects.CountAsync(p => p.CohortId == cohortId && p.Status == ProjectStatus.Active && p.ArchivedAt == null);
                if (cohort.IsFull(active))
                {
                    ModelState.AddModelError(Field(nameof(DecisionForm.CohortId)), t["This cohort is full: its capacity is {0}.", cohort.Capacity!.Value]);
                    return Page();
                }
                await StageModel.EnsureAsync(db, Project.IncubatorId);
                var firstStage = await db.IncubatorStages.Where(s => s.IncubatorId == Project.IncubatorId).OrderBy(s => s.Position).FirstAsync();
                Project.AcceptInto(cohort, firstStage, now, User.UserId());
                break;
            case Decision.WaitingList:
                if (Project.Status == ProjectStatus.WaitingList)
                {
                    ModelState.AddModelError(Field(nameof(DecisionForm.Decision)), t["The project is already on the waiting list."]);
                    return Page();
                }
                Project.PutOnWaitingList(now, User.UserId());
                break;
            default:
                if (Project.CannotDeclineBecause(Input.Reason ?? "") is { } missing)
                {
                    ModelState.AddModelError(Field(nameof(DecisionForm.Reason)), t[missing]);
                    return Page();
                }
                Project.Decline(Input.Reason!, now, User.UserId());
                break;
        }
        await db.SaveChangesAsync();
        await TellApplicantAsync();
        TempData["Notice"] = t["The decision was recorded and the applicants were told by e-mail."].Value;
        return Redirect($"/projects/{id}");
    }

    private static string Field(string name) => $"{nameof(Input)}.{name}";

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await authorization.RefusalAsync(User, new ProjectResource(id), Operations.Manage) is { } refused) return refused;
        Project = await db.Projects.Include(p => p.Incubator).SingleAsync(p => p.Id == id);
        Cohorts = await db.Cohorts.AsNoTracking()
            .Where(c => c.Programme.IncubatorId == Project.IncubatorId)
            .OrderByDescending(c => c.StartsOn).ThenBy(c => c.Name)
            .Select(c => new CohortChoice(c.Id, c.Programme.Name + " — " + c.Name,
                db.Projects.Count(p => p.CohortId == c.Id && p.Status == ProjectStatus.Active && p.ArchivedAt == null), c.Capacity))
            .ToListAsync();
        return null;
    }

    private async Task TellApplicantAsync()
    {
        if (Project.ApplicantEmail.Length == 0) return;
        var incubator = Project.Incubator.Name;
        var message = templates.Compose(Project.ApplicantEmail, Project.ApplicantCulture, m => Project.Status switch
        {
            ProjectStatus.Active => new EmailTemplates.Content(
                m["Your project {0} is accepted by {1}", Project.Name, incubator],
                [m["Good news: {1} accepts the project {0} into its cohort {2}.", Project.Name, incubator, Project.Cohort!.Name],
                 m["The incubator's team will contact you to start."]]),
            ProjectStatus.WaitingList => new EmailTemplates.Content(
                m["Your project {0} is on the waiting list of {1}", Project.Name, incubator],
                [m["{1} puts the project {0} on its waiting list: it will write to you as soon as a place opens.", Project.Name, incubator]]),
            _ => new EmailTemplates.Content(
                m["Your application to {0}", incubator],
                [m["{1} cannot take the project {0} in.", Project.Name, incubator],
                 m["The reason given: {0}", Project.DeclineReason]]),
        });
        await mailer.SendAsync(message, HttpContext.RequestAborted);
    }
}
