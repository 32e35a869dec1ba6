using Passerelles.Web.Infrastructure.Email;

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
        // A second click made a feed between our read and our write: make it anew over that one. The last answer
        // the browser shows holds the address that works.
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId);
            if (existing is null) db.CalendarFeeds.Add(feed);
            else (existing.TokenHash, existing.CreatedAt) = (feed.TokenHash, feed.CreatedAt);
            try
            {
                await db.SaveChangesAsync();
                break;
            }
            catch (DbUpdateException e) when (attempt < 3 && UniqueViolation.Is(e))
            {
                db.ChangeTracker.Clear();
            }
        }
        CreatedAt = feed.CreatedAt;
        NewAddress = templates.AbsoluteUrl(Request, $"/calendar/{token}.ics");
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
