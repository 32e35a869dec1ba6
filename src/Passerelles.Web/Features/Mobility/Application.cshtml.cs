namespace Passerelles.Web.Features.Mobility;

/// <summary>An application, for its applicant and its reviewers. Reviewers score it, shortlist it, put it on the waiting
/// list, accept or decline it with a message; the applicant is told each decision by e-mail.</summary>
public sealed class ApplicationModel(AppDbContext db, CurrentActor actors, Selection selection, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class DecisionForm : IValidatableObject
    {
        [Range(0, MobilityApplication.MaxScore, ErrorMessage = "The score is a whole number from 0 to 10.")]
        [Display(Name = "Score")]
        public int? Score { get; set; }

        [StringLength(MobilityApplication.MessageMaxLength)]
        [Display(Name = "Message to the applicant")]
        public string? Message { get; set; }

        public Decision Decision { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
            if (!Enum.IsDefined(Decision)) yield return new ValidationResult(t["Choose one of the values in the list."], [nameof(Decision)]);
        }
    }

    [BindProperty] public DecisionForm Input { get; set; } = new();

    public MobilityApplication Application { get; private set; } = null!;
    public string ApplicantName { get; private set; } = "";
    public bool IsReviewer { get; private set; }
    public IReadOnlyList<(string Question, string Answer)> Answers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, track: false) is { } refusal) return refusal;
        Input.Score = Application.Score;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, track: true) is { } refusal) return refusal;
        if (!IsReviewer) return Forbid();
        if (!ModelState.IsValid) return Page();
        var previous = Application.Status;
        var taken = await db.MobilityApplications.CountAsync(a => a.OfferId == Application.OfferId && a.Status == ApplicationStatus.Accepted);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var problem = Selection.Decide(Application, Input.Decision, Input.Score, Input.Message?.Trim() ?? "", taken, (await actors.GetAsync()).UserId!.Value, now);
        if (problem is null && !await selection.SaveAsync(Application)) problem = Selection.PlaceGone;
        if (problem is not null)
        {
            ModelState.AddModelError("", t[problem]);
            await LoadAsync(id, track: false);
            return Page();
        }
        if (Application.Status != previous) await selection.NotifyAsync(Request, Application);
        TempData["Notice"] = t["ApplicationDecided." + Input.Decision].Value;
        return Redirect($"/mobility/applications/{id}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, bool track)
    {
        var actor = await actors.GetAsync();
        var applications = track ? db.MobilityApplications : db.MobilityApplications.AsNoTracking();
        var application = await ApplicationAccess.LoadAsync(applications
            .Include(a => a.Offer).ThenInclude(o => o.HostOrganisation)
            .Include(a => a.Offer).ThenInclude(o => o.Call).ThenInclude(c => c.Programme)
            .Include(a => a.SendingOrganisation).Include(a => a.Applicant), actor, id);
        if (application is null) return NotFound();
        Application = application;
        ApplicantName = application.Applicant?.DisplayName ?? Placement.AnonymousStudent;
        IsReviewer = actor.Reviews(application, application.Offer, application.Offer.Call);
        Answers = await db.ApplicationAnswers.AsNoTracking().Where(a => a.ApplicationId == id).OrderBy(a => a.Question.Position)
            .Select(a => new ValueTuple<string, string>(a.Question.Text, a.Text)).ToListAsync();
        return null;
    }
}
