using System.Text.Encodings.Web;

namespace Passerelles.Web.Features.Assessments;

/// <summary>One assessment. Its assessor fills the draft criterion by criterion: each answer saves itself as it
/// changes (with script), and the Save button saves them all (without). Submitting locks it; afterwards, and for every
/// other reader, the page shows the answers read-only and prints cleanly.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t, TimeProvider clock) : PageModel
{
    public const string NotApplicableChoice = "na";

    public sealed class AnswerForm
    {
        /// <summary>A level id, <see cref="NotApplicableChoice"/>, or empty (not answered yet).</summary>
        public string? Choice { get; set; }

        [StringLength(AssessmentAnswer.EvidenceMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Evidence")]
        public string? Evidence { get; set; }

        [StringLength(AssessmentAnswer.LinkMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Link to the evidence")]
        public string? EvidenceLink { get; set; }

        [StringLength(AssessmentAnswer.CommentMaxLength, ErrorMessage = "At most {1} characters.")]
        [Display(Name = "Comment")]
        public string? Comment { get; set; }
    }

    /// <summary>The answers, keyed by criterion id.</summary>
    [BindProperty] public Dictionary<string, AnswerForm> Answers { get; set; } = [];

    public Assessment Assessment { get; private set; } = null!;
    public GridVersion Version { get; private set; } = null!;
    public string Subject { get; private set; } = "";
    public string Assessor { get; private set; } = "";
    public bool MayAnswer { get; private set; }

    public static string KeyOf(Guid criterionId) => criterionId.ToString();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Answers = Assessment.Answers.ToDictionary(a => KeyOf(a.CriterionId), a => new AnswerForm
        {
            Choice = a.NotApplicable ? NotApplicableChoice : a.LevelId?.ToString() ?? "",
            Evidence = a.Evidence, EvidenceLink = a.EvidenceLink, Comment = a.Comment,
        });
        return Page();
    }

    /// <summary>How many times a save is tried again when another save of the same assessment got there first.</summary>
    private const int SaveAttempts = 3;

    /// <summary>Saves every answer of the form.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(id) is { } refusal) return refusal;
            if (RefuseLocked() is { } locked) return locked;
            if (!Apply(Version.Criteria.Select(c => c.Id))) return Page();
            if (!await TrySaveAsync())
            {
                if (attempt < SaveAttempts) continue;
                return Busy();
            }
            TempData["Notice"] = t["Your answers were saved."].Value;
            return Redirect($"/assessments/{id}");
        }
    }

    /// <summary>Saves one answer as it changes (htmx); without script it saves them all, like the Save button. An answer
    /// that arrives once the assessment is submitted is refused, even when it left the page before the submission.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid criterion)
    {
        if (!Request.IsHtmx()) return await OnPostAsync(id);
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(id) is { } refusal) return refusal;
            if (Assessment.CannotAnswer(User.UserId()) is { } problem) return Status(t[problem], error: true);
            if (Version.Criteria.All(c => c.Id != criterion)) return NotFound();
            if (!Apply([criterion]))
            {
                var errors = ModelState.Where(e => e.Key.StartsWith($"Answers[{KeyOf(criterion)}]", StringComparison.Ordinal))
                    .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);
                return Status(string.Join(" ", errors), error: true);
            }
            if (await TrySaveAsync()) return Status(t["Saved"], error: false);
            if (attempt == SaveAttempts) return Status(t[BusyMessage], error: true);
        }
    }

    /// <summary>Saves every answer the form carries, then submits the assessment when every criterion has an answer.
    /// The form's answers are the final word: an answer still on its way to being saved by itself when the person
    /// submits is in the form too, so the submitted assessment holds it whatever becomes of the earlier request.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(id) is { } refusal) return refusal;
            if (RefuseLocked() is { } locked) return locked;
            if (!Apply(Version.Criteria.Select(c => c.Id))) return Page();
            if (!Scoring.Score(Version, Assessment.ForScoring()).IsComplete)
            {
                ModelState.AddModelError("", t["Answer every criterion, or mark it not applicable, before submitting."]);
                return Page();
            }
            Assessment.Submit(Instant.FromDateTimeOffset(clock.GetUtcNow()));
            if (!await TrySaveAsync())
            {
                if (attempt < SaveAttempts) continue;
                return Busy();
            }
            TempData["Notice"] = t["The assessment was submitted. Its answers are now locked."].Value;
            return Redirect(Assessment.ProjectId is { } projectId
                ? $"/projects/{projectId}/assessments/results/{Assessment.GridVersionId}"
                : TerritoryResultsModel.Address(Assessment.StudyId!.Value, Assessment.GridVersionId));
        }
    }

    /// <summary>Saves the answers applied, stamping the assessment itself so that its version number orders every save:
    /// a save that started before another one finished (a submission, most of all) fails rather than overwrite it, and
    /// is tried again from a fresh reading (which refuses it once the assessment is submitted). Two first answers to
    /// the same criterion at once meet on its unique index, and are tried again the same way. False when it is to be
    /// tried again.</summary>
    private async Task<bool> TrySaveAsync()
    {
        if (db.Entry(Assessment).State == EntityState.Unchanged) db.Entry(Assessment).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private const string BusyMessage = "This assessment was saved from elsewhere several times at the same moment, and your answers were not saved. Save again.";

    /// <summary>The page again, with the answers as typed, when every attempt met another save.</summary>
    private PageResult Busy()
    {
        ModelState.AddModelError("", t[BusyMessage]);
        return new PageResult { StatusCode = StatusCodes.Status409Conflict };
    }

    private IActionResult? RefuseLocked()
    {
        if (Assessment.CannotAnswer(User.UserId()) is not { } problem) return null;
        ModelState.AddModelError("", t[problem]);
        return new PageResult { StatusCode = StatusCodes.Status409Conflict };
    }

    private ContentResult Status(string message, bool error) => Content(
        error ? $"<span class=\"error\">{HtmlEncoder.Default.Encode(message)}</span>" : HtmlEncoder.Default.Encode(message),
        "text/html; charset=utf-8");

    /// <summary>Checks and records the posted answers to <paramref name="criteria"/>; records nothing when one is invalid.</summary>
    private bool Apply(IEnumerable<Guid> criteria)
    {
        var levels = Version.Levels.Select(l => l.Id).ToHashSet();
        var changes = new List<(Guid Criterion, Guid? Level, bool NotApplicable, AnswerForm Form)>();
        foreach (var criterionId in criteria)
        {
            var key = KeyOf(criterionId);
            if (!Answers.TryGetValue(key, out var form)) continue;
            var choice = form.Choice?.Trim() ?? "";
            Guid? level = null;
            var notApplicable = choice == NotApplicableChoice;
            if (!notApplicable && choice.Length > 0)
            {
                if (Guid.TryParse(choice, out var parsed) && levels.Contains(parsed)) level = parsed;
                else ModelState.AddModelError($"Answers[{key}].Choice", t["Choose one of the levels of the grid."]);
            }
            var link = form.EvidenceLink?.Trim() ?? "";
            if (link.Length > 0 && !IsWebLink(link))
                ModelState.AddModelError($"Answers[{key}].EvidenceLink", t["A link starts with https:// or http://."]);
            changes.Add((criterionId, level, notApplicable, form));
        }
        if (!ModelState.IsValid) return false;
        foreach (var (criterion, level, notApplicable, form) in changes)
            Assessment.Answer(criterion, level, notApplicable, form.Evidence ?? "", form.EvidenceLink ?? "", form.Comment ?? "");
        return true;
    }

    public static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (!await db.Assessments.Where(a => a.Id == id).ReadableBy(db, actor).AnyAsync()) return NotFound();
        if (await AssessmentLoader.LoadAsync(db, id) is not { } loaded) return NotFound();
        var (assessment, version) = loaded;
        var userId = actor.UserId;
        Assessment = assessment;
        Version = version;
        MayAnswer = assessment.CannotAnswer(userId) is null;
        Subject = assessment.Project?.Name ?? assessment.TerritoryName;
        Assessor = await db.Users.Where(u => u.Id == assessment.AssessorId).Select(u => u.DisplayName).SingleAsync();
        return null;
    }
}
