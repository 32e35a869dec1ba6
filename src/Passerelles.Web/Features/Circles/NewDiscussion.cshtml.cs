namespace Passerelles.Web.Features.Circles;

/// <summary>Starts a discussion in a circle with its first post; members mentioned in it are e-mailed.</summary>
public sealed class NewDiscussionModel(AppDbContext db, CurrentActor actors, ViewerTime time, DiscussionMentions mentions) : PageModel
{
    public sealed class DiscussionForm
    {
        [Required]
        [StringLength(Discussion.MaxTitleLength)]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [Required]
        [StringLength(DiscussionPost.MaxBodyLength)]
        [Display(Name = "Message")]
        public string? Body { get; set; }
    }

    [BindProperty] public DiscussionForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";
    public IReadOnlyList<(Guid UserId, string Name)> Members { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return false;
        (Id, Circle) = (id, circle);
        Members = await DiscussionPageModel.MembersAsync(db, id);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (User.UserId() is not { } userId) return Forbid();
        var now = time.Now;
        var discussion = new Discussion { CircleId = id, Title = Input.Title!.Trim(), StartedById = userId, StartedAt = now, LastPostAt = now };
        discussion.Posts.Add(new DiscussionPost { AuthorId = userId, Body = Input.Body!, PostedAt = now });
        db.Discussions.Add(discussion);
        await db.SaveChangesAsync();
        await mentions.NotifyAsync(id, discussion.Id, discussion.Title, Circle, userId, Input.Body!, Request);
        return Redirect($"/circles/discussions/{discussion.Id}");
    }
}
