namespace Passerelles.Web.Features.Mobility;

/// <summary>The signed-in person's own applications and placements, from their account: where each stands, the
/// documents of a placement, how long each kind of document is kept, and the way to withdraw.</summary>
public sealed class MyMobilityDataModel(AppDbContext db, ViewerTime time) : PageModel
{
    public const string Path = "/account/mobility";

    public sealed record Row(Guid ApplicationId, string Offer, string Host, string Programme, ApplicationStatus Status, Guid? PlacementId, bool MayWithdraw);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        var today = time.Now.InUtc().Date;
        var applications = await db.MobilityApplications.AsNoTracking()
            .Where(a => a.ApplicantId == userId)
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new { Application = a, a.Offer.Title, Host = a.Offer.HostOrganisation.Name, Programme = a.Offer.Call.Programme.Name })
            .ToListAsync();
        var ids = applications.Select(a => a.Application.Id).ToList();
        var placements = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToDictionaryAsync(p => p.ApplicationId);
        Rows = applications.Select(a =>
        {
            var placement = placements.GetValueOrDefault(a.Application.Id);
            return new Row(a.Application.Id, a.Title, a.Host, a.Programme, a.Application.Status, placement?.Id, Withdrawal.IsOpen(a.Application, placement, today));
        }).ToList();
    }
}
