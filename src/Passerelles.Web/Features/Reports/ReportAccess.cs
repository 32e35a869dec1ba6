namespace Passerelles.Web.Features.Reports;

/// <summary>Loads a report for a page: 404 when the person may not know it exists, 403 when they may see it but not
/// manage it and the page manages it.</summary>
public static class ReportAccess
{
    public static async Task<(Report? Report, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, Guid id, bool manage, bool tracked = false)
    {
        var query = tracked ? db.Reports : db.Reports.AsNoTracking();
        var report = await query.Include(r => r.Grant).ThenInclude(g => g.Funder).Include(r => r.Grant).ThenInclude(g => g.Beneficiary)
            .Include(r => r.Grant).ThenInclude(g => g.PartnerBeneficiary).Include(r => r.Template)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (report is null || !actor.MaySee(report)) return (null, new NotFoundResult());
        if (manage && !actor.Manages(report)) return (null, new ForbidResult());
        return (report, null);
    }

    public static string Address(Guid id) => $"/reports/{id}";
}
