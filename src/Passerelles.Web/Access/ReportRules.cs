
namespace Passerelles.Web.Access;

/// <summary>Funders' reports. Those who manage a grant (<see cref="FundingRules"/>) manage its reports. A funder's
/// read-only guests — members with the partner-guest role of the grant's funder organisation — read the frozen reports
/// of that funder's grants and nothing else; a draft does not exist for them.</summary>
public static class ReportRules
{
    /// <summary>The organisations whose reports the actor reads as a funder's guest.</summary>
    public static IReadOnlyList<Guid> FunderGuestOf(this Actor actor) =>
        actor.Roles.Where(r => r.Value == MemberRole.PartnerGuest).Select(r => r.Key).ToList();

    /// <summary>The reports the actor may see: those of the grants they manage, and the frozen ones addressed to them as a
    /// funder's guest.</summary>
    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, Actor actor)
    {
        if (actor.IsNetworkAdministrator) return reports;
        var administered = actor.Administers.ToList();
        var guestOf = actor.FunderGuestOf();
        return reports.Where(r => administered.Contains(r.Grant.BeneficiaryId)
            || (r.Grant.PartnerBeneficiaryId != null && administered.Contains(r.Grant.PartnerBeneficiaryId.Value))
            || (r.Status == ReportStatus.Frozen && guestOf.Contains(r.Grant.FunderId)));
    }

    /// <summary>Needs the report's grant loaded.</summary>
    public static bool Manages(this Actor actor, Report report) => actor.Manages(report.Grant);

    /// <summary>Needs the report's grant loaded.</summary>
    public static bool MaySee(this Actor actor, Report report) =>
        actor.Manages(report) || report.Status == ReportStatus.Frozen && actor.FunderGuestOf().Contains(report.Grant.FunderId);

    /// <summary>Templates are the network's: its administrators write them.</summary>
    public static bool MayEditTemplates(this Actor actor) => actor.IsNetworkAdministrator;
}
