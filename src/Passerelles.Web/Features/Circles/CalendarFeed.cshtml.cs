namespace Passerelles.Web.Features.Circles;

/// <summary>The person's private calendar feed: made or made anew (the old address stops working), its address shown
/// once; revoking it is on its own confirmation page.</summary>
public sealed class CalendarFeedModel(AppDbContext db, ViewerTime time, EmailTemplates templates) : PageModel
{
    public Instant? CreatedAt { get; private set; }

    /// <summary>The feed's address, only in the answer that made it.</summary>
    public string? NewAddress { get; private set; }

    public async Task OnGetAsync() =>
        CreatedAt = await db.CalendarFeeds.AsNoTracking().Where(f => f.UserId == User.UserId()).Select(f => (Instant?)f.CreatedAt).SingleOrDefaultAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.UserId()!.Value;
        var (feed, token) = CalendarFeed.Create(userId, time.Now);
        await SecretFeed.StoreAsync(db, f => f.UserId == userId, feed);
        CreatedAt = feed.CreatedAt;
        NewAddress = templates.AbsoluteUrl(Request, $"/calendar/{token}.ics");
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
