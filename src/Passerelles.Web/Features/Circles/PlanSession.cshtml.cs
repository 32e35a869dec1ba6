
namespace Passerelles.Web.Features.Circles;

/// <summary>Plans one session of a circle in the organiser's zone and invites the members.</summary>
public sealed class PlanSessionModel(AppDbContext db, CurrentActor actors, ViewerTime time, SessionInvitations invitations, SchedulingWarnings warnings, IStringLocalizer<Text> t)
    : SessionPlanningPageModel<SessionForm>(db, actors, time, invitations), ISessionFormPage
{
    /// <summary>Opens the form empty for tomorrow at 10:00, or at a time proposed by the slot finder (<paramref name="at"/>,
    /// an instant, shown in the organiser's zone).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? at, int? minutes)
    {
        if (await RefuseUnlessPlannableAsync(id) is { } refusal) return refusal;
        var tomorrow = SessionTime.Local(Time.Now, Time.ZoneId).Date.PlusDays(1);
        Input = new SessionForm { Date = tomorrow.ToDateOnly(), Time = new TimeOnly(10, 0), TimeZoneId = Time.ZoneId, DurationMinutes = 90 };
        if (at is not null && NodaTime.Text.InstantPattern.General.Parse(at) is { Success: true } proposed)
        {
            var local = SessionTime.Local(proposed.Value, Time.ZoneId);
            (Input.Date, Input.Time) = (local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly());
            if (minutes is > 0 and <= CircleSession.MaxDurationMinutes) Input.DurationMinutes = minutes;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await RefuseUnlessPlannableAsync(id) is { } refusal) return refusal;
        if (!ModelState.IsValid) return Page();
        Warnings = await warnings.ForAsync(id, [Input.When()], []);
        if (!Warnings.AcknowledgedBy(Input.Acknowledged)) return Page();
        var session = new CircleSession { CircleId = id, Title = Input.Title!.Trim(), Agenda = Input.Agenda?.Trim() ?? "", VideoUrl = SessionForm.VideoLink(Input.VideoUrl) };
        session.Schedule(Input.StartsAt(), Input.CanonicalZone(), Input.DurationMinutes!.Value);
        await SaveAndInviteAsync([session]);
        TempData["Notice"] = t["The session was planned and the members invited."].Value;
        return Redirect($"/circles/sessions/{session.Id}");
    }

}
