using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Privacy.Officers;

/// <summary>Those who manage an organisation designate its privacy officer among its members with an account and edit
/// the contact its privacy page publishes. The first designation installs the register's shipped entries.</summary>
public sealed class DesignateModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public const string NotAMember = "Choose one of the organisation's members.";

    [BindProperty] public OfficerForm Input { get; set; } = new();

    public Guid OrganisationId { get; private set; }
    public string Organisation { get; private set; } = "";
    public Side Side { get; private set; }
    public IReadOnlyList<(Guid Id, string Name, string Email)> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await AllowedAsync(id) is { } refusal) return refusal;
        if (await db.PrivacyOfficers.AsNoTracking().SingleOrDefaultAsync(o => o.OrganisationId == id) is { } officer) Input = OfficerForm.From(officer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await AllowedAsync(id) is { } refusal) return refusal;
        if (Input.UserId is { } userId && Members.All(m => m.Id != userId))
            ModelState.AddModelError($"Input.{nameof(OfficerForm.UserId)}", t[NotAMember]);
        if (!ModelState.IsValid) return Page();
        var officer = await db.PrivacyOfficers.SingleOrDefaultAsync(o => o.OrganisationId == id);
        if (officer is null)
        {
            officer = new PrivacyOfficer { OrganisationId = id };
            Input.ApplyTo(officer);
            db.PrivacyOfficers.Add(officer);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
            {
                db.ChangeTracker.Clear();
                ModelState.AddModelError("", t[VersionedSave.ChangedMeanwhile]);
                return Page();
            }
        }
        else
        {
            Input.ApplyTo(officer);
            if (!await db.SaveAtVersionAsync(officer, Input.Version, ModelState, t)) return Page();
        }
        await ShippedProcessingActivities.EnsureAsync(db, id);
        TempData["Notice"] = t["The privacy officer was saved."].Value;
        return Redirect($"/privacy/officers/{id}");
    }

    private async Task<IActionResult?> AllowedAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Name, o.Side, o.IsPublic }).SingleOrDefaultAsync();
        var actor = await actors.GetAsync();
        if (organisation is null || !actor.MaySee(id, organisation.IsPublic)) return NotFound();
        if (!actor.MayDesignateOfficerOf(id)) return Forbid();
        (OrganisationId, Organisation, Side) = (id, organisation.Name, organisation.Side);
        Members = (await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == id)
                .OrderBy(m => m.User.SearchName).Select(m => new { m.UserId, m.User.DisplayName, m.User.Email }).Take(500).ToListAsync())
            .Select(m => (m.UserId, m.DisplayName, m.Email ?? "")).ToList();
        return null;
    }
}
