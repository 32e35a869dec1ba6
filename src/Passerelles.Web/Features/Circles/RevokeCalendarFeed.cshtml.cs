namespace Passerelles.Web.Features.Circles;

/// <summary>Revokes the person's calendar feed after confirmation: its address answers 404 from then on.</summary>
public sealed class RevokeCalendarFeedModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync() =>
        await db.CalendarFeeds.AnyAsync(f => f.UserId == User.UserId()) ? Page() : Redirect("/circles/calendar-feed");

    public async Task<IActionResult> OnPostAsync()
    {
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == User.UserId());
        if (feed is not null)
        {
            db.CalendarFeeds.Remove(feed);
            await db.SaveChangesAsync();
        }
        TempData["Notice"] = t["Your calendar feed was revoked."].Value;
        return Redirect("/circles/calendar-feed");
    }
}
