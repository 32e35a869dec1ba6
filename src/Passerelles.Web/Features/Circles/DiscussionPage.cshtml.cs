namespace Passerelles.Web.Features.Circles;

/// <summary>A discussion: its posts, oldest first, paged, and a reply form; members mentioned in a reply are e-mailed.</summary>
public sealed class DiscussionPageModel(AppDbContext db, CurrentActor actors, ViewerTime time, DiscussionMentions mentions) : PageModel
{
    public const int PageSize = 20;

    public sealed record PostRow(Guid Id, string Author, string Body, Instant PostedAt);

    public sealed class ReplyForm
    {
        [Required]
        [StringLength(DiscussionPost.MaxBodyLength)]
        [Display(Name = "Message")]
        public string? Body { get; set; }
    }

    [BindProperty] public ReplyForm Input { get; set; } = new();

    /// <summary>The page of posts: a number, or "last".</summary>
    [BindProperty(SupportsGet = true, Name = "p")] public string? PageParameter { get; set; }

    public Guid Id { get; private set; }
    public Guid CircleId { get; private set; }
    public string Title { get; private set; } = "";
    public string Circle { get; private set; } = "";
    public IReadOnlyList<PostRow> Posts { get; private set; } = [];
    public IReadOnlyList<(Guid UserId, string Name)> Members { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public int Total { get; private set; }

    /// <summary>The circle's members, by name: who may be mentioned.</summary>
    public static async Task<IReadOnlyList<(Guid UserId, string Name)>> MembersAsync(AppDbContext db, Guid circleId) =>
        (await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == circleId).Select(m => new { m.UserId, m.User.DisplayName }).ToListAsync())
        .Select(m => (m.UserId, m.DisplayName)).OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).ToList();

    /// <summary>A post as safe HTML, its mentions of members as links to them.</summary>
    public string BodyHtml(PostRow post) => SafeMarkdown.ToHtml(DiscussionPost.WithMentionLinks(post.Body, CircleId, Members));

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var visible = db.Circles.AsNoTracking().VisibleTo(actor).Select(c => c.Id);
        var discussion = await db.Discussions.AsNoTracking().Where(d => d.Id == id && visible.Contains(d.CircleId))
            .Select(d => new { d.Title, d.CircleId, Circle = d.Circle.Name }).SingleOrDefaultAsync();
        if (discussion is null) return false;
        (Id, Title, CircleId, Circle) = (id, discussion.Title, discussion.CircleId, discussion.Circle);
        Total = await db.DiscussionPosts.CountAsync(p => p.DiscussionId == id);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = PageParameter == "last" ? PageCount : int.TryParse(PageParameter, out var page) ? Math.Clamp(page, 1, PageCount) : 1;
        Posts = await db.DiscussionPosts.AsNoTracking().Where(p => p.DiscussionId == id)
            .OrderBy(p => p.PostedAt).ThenBy(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new PostRow(p.Id, p.Author.DisplayName, p.Body, p.PostedAt)).ToListAsync();
        Members = await MembersAsync(db, CircleId);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (User.UserId() is not { } userId) return Forbid();
        var discussion = await db.Discussions.SingleAsync(d => d.Id == id);
        var now = time.Now;
        db.DiscussionPosts.Add(new DiscussionPost { DiscussionId = id, AuthorId = userId, Body = Input.Body!, PostedAt = now });
        discussion.LastPostAt = now;
        await db.SaveChangesAsync();
        await mentions.NotifyAsync(CircleId, id, Title, Circle, userId, Input.Body!, Request);
        return Redirect($"/circles/discussions/{id}?p=last#reply");
    }

    public string PageLink(int page) => QueryLink.ToPage($"/circles/discussions/{Id}", Request.Query, page);
}
