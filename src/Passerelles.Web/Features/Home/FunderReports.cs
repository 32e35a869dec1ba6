
namespace Passerelles.Web.Features.Home;

/// <summary>For a funder's guest, the frozen reports addressed to their organisation, the latest frozen first: a few
/// shown, one more read to know whether to link to the whole list. Asked only of those who are someone's guest.</summary>
public static class FunderReports
{
    public const int Shown = 5;

    public sealed record Row(Guid Id, LocalisedText Name, string Grant, LocalDate From, LocalDate To);

    public sealed record View(IReadOnlyList<Row> Reports, bool More);

    public static async Task<View?> ForAsync(AppDbContext db, Actor actor)
    {
        var guestOf = actor.FunderGuestOf();
        if (guestOf.Count == 0) return null;
        var rows = await db.Reports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Frozen && guestOf.Contains(r.Grant.FunderId))
            .OrderByDescending(r => r.FrozenAt).ThenBy(r => r.Id)
            .Take(Shown + 1)
            .Select(r => new Row(r.Id, r.Template.Name, r.Grant.Title, r.From, r.To))
            .ToListAsync();
        return rows.Count == 0 ? null : new View(rows.Take(Shown).ToList(), rows.Count > Shown);
    }
}
