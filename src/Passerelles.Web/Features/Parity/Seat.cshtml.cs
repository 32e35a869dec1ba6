namespace Passerelles.Web.Features.Parity;

/// <summary>Adds a member to a governing body, or changes a member's seat: who (an account of the organisation, or a
/// person of its directory), their role, and the dates of their seat, the end never before the start.</summary>
public sealed class SeatModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public SeatForm Input { get; set; } = new();

    public BodyScope Body { get; private set; } = null!;
    public bool IsNew { get; private set; }
    public IReadOnlyList<SeatForm.Choice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? memberId)
    {
        if (await LoadAsync(id, memberId) is { } refusal) return refusal;
        if (memberId is { } existing)
        {
            var seat = await db.GoverningBodyMembers.AsNoTracking().SingleAsync(m => m.Id == existing);
            Input = new SeatForm
            {
                Who = seat.UserId is { } user ? SeatForm.UserValue(user) : SeatForm.PersonValue(seat.PersonId!.Value),
                Role = seat.Role, From = seat.From.ToDateOnly(), Until = seat.Until?.ToDateOnly(),
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? memberId)
    {
        if (await LoadAsync(id, memberId) is { } refusal) return refusal;
        var chosen = Input.Chosen(Choices);
        if (Input.Who is not null && chosen is null)
            ModelState.AddModelError($"Input.{nameof(SeatForm.Who)}", t["Choose one of the values in the list."]);
        if (!ModelState.IsValid) return Page();

        var seat = memberId is { } existing
            ? await db.GoverningBodyMembers.SingleAsync(m => m.Id == existing)
            : db.GoverningBodyMembers.Add(new GoverningBodyMember { BodyId = id }).Entity;
        (seat.UserId, seat.PersonId) = chosen!.Value;
        seat.Role = Input.Role?.Trim() ?? "";
        seat.From = LocalDate.FromDateOnly(Input.From!.Value);
        seat.Until = Input.Until is { } until ? LocalDate.FromDateOnly(until) : null;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The member's seat was saved."].Value;
        return Redirect(Body.Address);
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid? memberId)
    {
        if (await BodyScope.LoadAsync(db, await actors.GetAsync(), id) is not { } body) return NotFound();
        if (memberId is { } existing && !await db.GoverningBodyMembers.AnyAsync(m => m.Id == existing && m.BodyId == id)) return NotFound();
        (Body, IsNew) = (body, memberId is null);
        var accounts = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == body.OrganisationId)
            .Select(m => new { m.UserId, m.User.DisplayName }).Distinct().ToListAsync();
        var people = await db.People.AsNoTracking().Where(p => p.ControllerOrganisationId == body.OrganisationId)
            .Select(p => new { p.Id, p.DisplayName }).ToListAsync();
        // A member seated earlier stays a choice even once they left the organisation.
        var seated = await db.GoverningBodyMembers.AsNoTracking().Where(m => m.BodyId == id && m.UserId != null)
            .Select(m => new { UserId = m.UserId!.Value, m.User!.DisplayName }).ToListAsync();
        Choices = accounts.Concat(seated).DistinctBy(a => a.UserId).Select(a => new SeatForm.Choice(SeatForm.UserValue(a.UserId), a.DisplayName))
            .Concat(people.Select(p => new SeatForm.Choice(SeatForm.PersonValue(p.Id), p.DisplayName)))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        return null;
    }
}
