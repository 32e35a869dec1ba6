namespace Passerelles.Web.Features.Mobility.Placements;

/// <summary>The certificate of completion (see <see cref="Certificate"/>), once the placement is completed, for everyone
/// who sees the placement: its student, its coordinators and its supervisor. Before that it does not exist (404).</summary>
public sealed class CertificateDownloadModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var scope = await PlacementScope.LoadAsync(db, await actors.GetAsync(), id);
        if (scope is not { Placement.Status: PlacementStatus.Completed } || await FactsAsync(scope) is not { } facts) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(Certificate.Build(facts, t), "application/pdf", $"certificate-{scope.Placement.StartsOn:yyyy-MM-dd}.pdf");
    }

    private async Task<Certificate.Facts?> FactsAsync(PlacementScope scope)
    {
        var placement = scope.Placement;
        var stay = await db.PlacementStays.AsNoTracking().SingleOrDefaultAsync(s => s.PlacementId == placement.Id);
        if (stay is not { StudentAnsweredAt: { } answered, SupervisorAnsweredAt: { } evaluated }) return null;
        var field = await db.MobilityApplications.AsNoTracking().Where(a => a.Id == placement.ApplicationId).Select(a => a.Offer.Field).SingleAsync();
        var sending = placement.SendingOrganisation;
        var zone = TimeZones.IsKnown(sending.TimeZoneId) ? TimeZones.Get(sending.TimeZoneId) : DateTimeZone.Utc;
        // Issued when the placement was completed: the later of the questionnaire and the evaluation.
        var issuedOn = Instant.Max(answered, evaluated).InZone(zone).Date;
        return new Certificate.Facts(scope.Student, scope.Host, placement.HostOrganisation.Locality, scope.Sending, scope.SendingSide, scope.Programme, field,
            scope.Supervisor, placement.StartsOn, placement.EndsOn, stay.ArrivedOn, stay.ReturnedEarlyOn, issuedOn);
    }
}
