namespace Passerelles.Web.Features.Mobility;

/// <summary>The calls a coordinator runs, with their deadline in both sides' zones and their offers.</summary>
public sealed class CallsModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Row(Guid Id, string Title, string Programme, string Organisation, Instant Deadline, string DeadlineZoneId, PublicationStatus Status, int Offers);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!actor.RunsCalls()) return Forbid();
        var administers = actor.Administers.ToList();
        Rows = await db.MobilityCalls.AsNoTracking().Where(c => actor.IsNetworkAdministrator || administers.Contains(c.OrganisationId))
            .OrderByDescending(c => c.Deadline)
            .Select(c => new Row(c.Id, c.Title, c.Programme.Name, c.Organisation.Name, c.Deadline, c.DeadlineZoneId, c.Status, c.Offers.Count))
            .ToListAsync();
        return Page();
    }
}
