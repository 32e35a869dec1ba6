namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The line on a feature's record that points to its entry in the register of the organisations answering for
/// it: the purpose's name, linked to the entry on the controller's public privacy page, and its retention. The
/// controllers are given, or are the organisations of the people given (a circle's co-facilitators). One query; nothing
/// when no controller has an entry for the purpose.</summary>
public sealed class PurposeOfProcessing(AppDbContext db) : ViewComponent
{
    public sealed record Link(Guid ControllerId, string Controller, string Purpose, LocalisedText Name, int RetentionMonths, LocalisedText RetentionFrom,
        RetentionAction AtExpiry)
    {
        public string Address => $"/privacy/{ControllerId}#{Anchor(Purpose)}";
    }

    /// <summary>The id of an entry on the public privacy page.</summary>
    public static string Anchor(string purpose) => "purpose-" + purpose;

    public async Task<IViewComponentResult> InvokeAsync(string purpose, IReadOnlyCollection<Guid> controllers, IReadOnlyCollection<Guid> organisationsOf)
    {
        var links = await db.ProcessingActivities.AsNoTracking()
            .Where(a => a.Purpose == purpose
                && (controllers.Contains(a.ControllerId) || db.Memberships.Any(m => organisationsOf.Contains(m.UserId) && m.OrganisationId == a.ControllerId)))
            .OrderBy(a => a.Controller.SearchName).ThenBy(a => a.ControllerId)
            .Select(a => new Link(a.ControllerId, a.Controller.Name, a.Purpose, a.Name, a.RetentionMonths, a.RetentionFrom, a.AtExpiry))
            .ToListAsync();
        return links.Count == 0 ? Content("") : View("/Features/Privacy/Register/_PurposeOfProcessing.cshtml", links);
    }
}
