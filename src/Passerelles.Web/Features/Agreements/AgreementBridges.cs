
namespace Passerelles.Web.Features.Agreements;

/// <summary>Once every party has signed, the agreement is a known fact between each pair of its parties: their
/// agreement bridge that was still proposed or introduced becomes active (from the day of the last signature when it
/// had no start date), and a pair without one gets a new, active agreement bridge. Each change is a line of the
/// agreement's audit trail, saved with the last signature.</summary>
public static class AgreementBridges
{
    public static async Task RecordSignedByAllAsync(AppDbContext db, Agreement agreement, Instant at)
    {
        // Bridges join organisations: a person party (a student) makes none.
        var parties = agreement.Parties.Where(p => p.PersonId is null).ToList();
        var organisations = parties.Select(p => p.OrganisationId).ToList();
        var bridges = await db.Bridges
            .Where(b => b.Kind == BridgeKind.Agreement && organisations.Contains(b.FromOrganisationId) && organisations.Contains(b.ToOrganisationId))
            .ToListAsync();
        var today = at.InUtc().Date;
        for (var i = 0; i < parties.Count; i++)
        for (var j = i + 1; j < parties.Count; j++)
        {
            var (first, second) = (parties[i].Organisation, parties[j].Organisation);
            var between = bridges.Where(b => (b.FromOrganisationId, b.ToOrganisationId) == (first.Id, second.Id)
                                             || (b.FromOrganisationId, b.ToOrganisationId) == (second.Id, first.Id)).ToList();
            if (between.Any(b => b.Status == BridgeStatus.Active)) continue;
            var pair = $"{first.Name} ⟷ {second.Name}";
            var waiting = between.Where(b => b.CanMoveTo(BridgeStatus.Active)).ToList();
            foreach (var bridge in waiting)
            {
                bridge.MoveTo(BridgeStatus.Active);
                bridge.StartDate ??= today;
                AgreementFile.Record(db, agreement.Id, AgreementEventKind.BridgeActivated, agreement.CurrentVersion, null, at, pair);
            }
            if (waiting.Count > 0) continue;
            db.Bridges.Add(new Bridge
            {
                FromOrganisationId = first.Id, ToOrganisationId = second.Id, Kind = BridgeKind.Agreement, Status = BridgeStatus.Active, StartDate = today,
                Description = agreement.Title,
            });
            AgreementFile.Record(db, agreement.Id, AgreementEventKind.BridgeRecorded, agreement.CurrentVersion, null, at, pair);
        }
    }
}
