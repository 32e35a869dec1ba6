
namespace Passerelles.Web.Features.Circles;

/// <summary>A co-facilitator proposes candidate times for a session, in their zone; the members answer on the poll's page.</summary>
public sealed class NewPollModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    public sealed class CandidateForm
    {
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
    }

    public sealed class PollForm
    {
        [Required]
        [StringLength(CircleSession.TitleMaxLength)]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [Required]
        [Display(Name = "Time zone of the organiser")]
        public string? TimeZoneId { get; set; }

        [Required]
        [Range(1, CircleSession.MaxDurationMinutes, ErrorMessage = "The duration is a number of minutes between 1 and 480.")]
        [Display(Name = "Duration (minutes)")]
        public int? DurationMinutes { get; set; }

        public List<CandidateForm> Candidates { get; set; } = [];
    }

    [BindProperty] public PollForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public IReadOnlyList<string> Zones { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        Input = new PollForm { TimeZoneId = time.ZoneId, DurationMinutes = 90 };
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await CircleRefusal.UnlessRunningAsync(db, await actors.GetAsync(), id) is { } refusal) return refusal;
        if (!await FindAsync(id)) return NotFound();
        var zone = Input.TimeZoneId is { } z && TimeZones.IsKnown(z) ? TimeZones.Canonical(z)! : null;
        if (Input.TimeZoneId is not null && zone is null) ModelState.AddModelError("Input.TimeZoneId", t["Choose a time zone from the list."]);
        var starts = new List<Instant>();
        for (var i = 0; i < Input.Candidates.Count && i < Poll.MaxOptions; i++)
        {
            if (Input.Candidates[i].Date is { } day && !PlanningDates.Accepts(day))
            {
                ModelState.AddModelError($"Input.Candidates[{i}].Date", t[PlanningDates.OutOfRange]);
                continue;
            }
            if (Input.Candidates[i] is not { Date: { } date, Time: { } local } || zone is null) continue;
            var resolved = SessionTime.Resolve(LocalDate.FromDateOnly(date), LocalTime.FromTimeOnly(local), zone);
            if (resolved.Problem is { } problem) ModelState.AddModelError($"Input.Candidates[{i}].Time", t[problem]);
            else starts.Add(resolved.At!.Value);
        }
        if (starts.Distinct().Count() < 2) ModelState.AddModelError("Input.Candidates", t["Propose at least two different times."]);
        Pad();
        if (!ModelState.IsValid) return Page();
        var poll = new Poll { CircleId = id, Title = Input.Title!.Trim(), TimeZoneId = zone!, DurationMinutes = Input.DurationMinutes!.Value };
        poll.Options.AddRange(starts.Distinct().Order().Select(s => new PollOption { PollId = poll.Id, StartsAt = s }));
        db.Polls.Add(poll);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The poll is open; the members can answer."].Value;
        return Redirect($"/circles/polls/{poll.Id}");
    }

    private void Pad()
    {
        while (Input.Candidates.Count < Poll.MaxOptions) Input.Candidates.Add(new CandidateForm());
        Zones = SessionForm.ZoneChoices(time.ZoneId, Input.TimeZoneId);
    }

    private async Task<bool> FindAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().ManageableBy(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        (Id, Circle) = (id, circle ?? "");
        return circle is not null;
    }
}
