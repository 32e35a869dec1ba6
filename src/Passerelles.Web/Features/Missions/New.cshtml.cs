namespace Passerelles.Web.Features.Missions;

/// <summary>The staff of an organisation plan a mission it leads; the planner joins its delegation as its first lead.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public MissionForm Input { get; set; } = new();

    public MissionFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayPlanMission()) return Forbid();
        Fields = await MissionFields.LoadAsync(this, picks, t, Input);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.MayPlanMission()) return Forbid();
        if (!this.IsSearchStep() && ModelState.IsValid) await Input.CheckAgainstNetworkAsync(db, actor, ModelState, t);
        if (!ModelState.IsValid || Request.SearchStep() is not null)
        {
            Fields = await MissionFields.LoadAsync(this, picks, t, Input);
            return Page();
        }

        var mission = new Mission();
        Input.ApplyTo(mission);
        mission.Invite(actor.UserId!.Value, mission.LeadOrganisationId, MissionRole.Lead, Instant.FromDateTimeOffset(clock.GetUtcNow()), accepted: true);
        db.Missions.Add(mission);
        await db.SaveChangesAsync();

        TempData["Notice"] = t["The mission {0} was planned.", mission.Title].Value;
        return Redirect($"/missions/{mission.Id}");
    }
}
