
namespace Passerelles.Web.Features.Circles;

/// <summary>The members of a circle by side; the co-facilitators add people of either side.</summary>
public sealed class MembersModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, ViewerTime time, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>What the access trail calls this list.</summary>
    public const string TrailName = "circle-members";

    public sealed record Row(Guid UserId, string Name, Side Side, bool IsCoFacilitator);

    public sealed class AddForm
    {
        [Required]
        [Display(Name = "Person")]
        public Guid? UserId { get; set; }

        [Display(Name = "Side")]
        public Side Side { get; set; }
    }

    [BindProperty] public AddForm Input { get; set; } = new();
    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public bool CanManage { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The person to add, searched among the members of an organisation not yet in the circle.</summary>
    public Picker? Person { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await db.TraceAsync(User.UserId(), reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Read, TrailName, id, null, Rows.Count, time.Now));
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!CanManage) return Forbid();
        if (this.IsSearchStep()) return await ShowAsync();
        if (Input.UserId is { } userId && !await CirclePeople.BelongsToSideAsync(db, userId, Input.Side))
            ModelState.AddModelError("Input.Side", t["This person is not a member of an organisation of that side."]);
        if (!ModelState.IsValid) return await ShowAsync();
        var circle = await db.Circles.Include(c => c.Members).SingleAsync(c => c.Id == id);
        if (circle.Members.Any(m => m.UserId == Input.UserId && m.IsCoFacilitator && m.Side != Input.Side))
        {
            ModelState.AddModelError("Input.Side", t[Circle.FacilitatorsRule]);
            return await ShowAsync();
        }
        if (await CirclePeople.TransferMissingAsync(db, circle, Input.UserId!.Value, Input.Side, time.Now, t) is { } missing)
        {
            ModelState.AddModelError("Input.UserId", missing);
            return await ShowAsync();
        }
        circle.AddMember(Input.UserId!.Value, Input.Side);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The member was added."].Value;
        return Redirect($"/circles/{id}/members");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id)
            .Select(c => new { c.Name, Members = c.Members.Select(m => new Row(m.UserId, m.User.DisplayName, m.Side, m.IsCoFacilitator)).ToList() })
            .SingleOrDefaultAsync();
        if (circle is null) return false;
        Id = id;
        Name = circle.Name;
        Rows = circle.Members.OrderBy(m => m.Side).ThenByDescending(m => m.IsCoFacilitator).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        CanManage = await db.Circles.ManageableBy(actor).AnyAsync(c => c.Id == id);
        return true;
    }

    private async Task<IActionResult> ShowAsync()
    {
        if (CanManage)
            Person = await picks.PickerAsync(this, new PeopleContext(Circle: Id), $"{nameof(Input)}.{nameof(AddForm.UserId)}", t["Person"], Input.UserId);
        return Page();
    }
}
