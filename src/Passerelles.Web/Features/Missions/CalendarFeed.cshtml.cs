
namespace Passerelles.Web.Features.Missions;

/// <summary>A member's private calendar feed of the mission: made or made anew (the old address stops working), its address
/// shown once, or revoked. The page exists only for the members of the delegation.</summary>
public sealed class CalendarFeedModel(AppDbContext db, ViewerTime time, EmailTemplates templates, IStringLocalizer<Text> t) : PageModel
{
    public Guid MissionId { get; private set; }
    public string Title { get; private set; } = "";
    public Instant? CreatedAt { get; private set; }

    /// <summary>The feed's address, only in the answer that made it.</summary>
    public string? NewAddress { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await MemberAsync(id) is not { } member) return NotFound();
        CreatedAt = await db.MissionCalendarFeeds.AsNoTracking().Where(f => f.MemberId == member).Select(f => (Instant?)f.CreatedAt).SingleOrDefaultAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await MemberAsync(id) is not { } member) return NotFound();
        var (feed, token) = MissionCalendarFeed.Create(member, time.Now);
        await SecretFeed.StoreAsync(db, f => f.MemberId == member, feed);
        CreatedAt = feed.CreatedAt;
        NewAddress = templates.AbsoluteUrl(Request, $"/missions/calendar/{token}.ics");
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        if (await MemberAsync(id) is not { } member) return NotFound();
        await db.MissionCalendarFeeds.Where(f => f.MemberId == member).ExecuteDeleteAsync();
        TempData["Notice"] = t["Your calendar feed was revoked."].Value;
        return Redirect($"/missions/{id}/calendar-feed");
    }

    /// <summary>The id of the signed-in person's place in the delegation, unless they declined it.</summary>
    private async Task<Guid?> MemberAsync(Guid missionId)
    {
        var userId = User.UserId();
        var member = await db.MissionMembers.AsNoTracking()
            .Where(m => m.MissionId == missionId && m.UserId == userId && m.Status != MissionInvitationStatus.Declined)
            .Select(m => (Guid?)m.Id).SingleOrDefaultAsync();
        if (member is null) return null;
        (MissionId, Title) = (missionId, await db.Missions.Where(m => m.Id == missionId).Select(m => m.Title).SingleAsync());
        return member;
    }
}
