namespace Passerelles.Web.Features.Mobility;

/// <summary>The offers a student may apply to, read alike by the mobility page and the API: published, under a call
/// still published, with places left. Nothing personal is read.</summary>
public static class OfferListing
{
    public enum Sort { Start, Title, Places }

    public sealed record Row(Guid Id, string Title, string Host, Side Side, string Field, string Language, LocalDate? StartsOn,
        LocalDate? EndsOn, int? DurationMonths, int PlacesLeft, string Programme);

    public static IQueryable<InternshipOffer> Open(AppDbContext db) =>
        db.InternshipOffers.AsNoTracking().Where(o => o.Status == PublicationStatus.Published && o.Call.Status == PublicationStatus.Published
            && o.Places > o.Applications.Count(a => a.Status == ApplicationStatus.Accepted));

    /// <summary>Offers on <paramref name="side"/>, of a field containing <paramref name="field"/>, whose fixed dates meet
    /// the period from <paramref name="from"/> to <paramref name="to"/>; an offer of a length meets every period.</summary>
    public static IQueryable<InternshipOffer> Matching(this IQueryable<InternshipOffer> offers, Side? side, string? field, LocalDate? from, LocalDate? to)
    {
        if (side is { } s) offers = offers.Where(o => o.HostOrganisation.Side == s);
        if (!string.IsNullOrWhiteSpace(field))
        {
            var pattern = "%" + field.Trim().ToLower().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            offers = offers.Where(o => EF.Functions.Like(o.Field.ToLower(), pattern, "\\"));
        }
        if (from is { } start) offers = offers.Where(o => o.EndsOn == null || o.EndsOn >= start);
        if (to is { } end) offers = offers.Where(o => o.StartsOn == null || o.StartsOn <= end);
        return offers;
    }

    public static IQueryable<InternshipOffer> SortedBy(this IQueryable<InternshipOffer> offers, Sort sort) => sort switch
    {
        Sort.Title => offers.OrderBy(o => o.Title).ThenBy(o => o.Id),
        Sort.Places => offers.OrderByDescending(o => o.Places - o.Applications.Count(a => a.Status == ApplicationStatus.Accepted)).ThenBy(o => o.Id),
        _ => offers.OrderBy(o => o.StartsOn == null).ThenBy(o => o.StartsOn).ThenBy(o => o.Title).ThenBy(o => o.Id),
    };

    public static IQueryable<Row> Rows(this IQueryable<InternshipOffer> offers) =>
        offers.Select(o => new Row(o.Id, o.Title, o.HostOrganisation.Name, o.HostOrganisation.Side, o.Field, o.Language, o.StartsOn, o.EndsOn,
            o.DurationMonths, o.Places - o.Applications.Count(a => a.Status == ApplicationStatus.Accepted), o.Call.Programme.Name));
}

/// <summary>An offer's stay as its pages show it: fixed dates, or a length in months.</summary>
public sealed record OfferStay(LocalDate? StartsOn, LocalDate? EndsOn, int? DurationMonths);
