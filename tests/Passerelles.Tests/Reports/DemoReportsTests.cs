using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Reports;

namespace Passerelles.Tests.Reports;

public sealed class DemoReportsTests
{
    [Fact]
    public async Task The_demo_has_the_Parcours_numerique_final_report_and_the_FFQCD_2023_report_frozen_and_the_2024_one_in_draft_once()
    {
        await using var app = new AppFactory();
        foreach (var (name, side) in new[] { ("Ministère des Relations internationales et de la Francophonie", Side.Quebec), ("LOJIQ", Side.Quebec), ("OFQJ", Side.France),
                     ("CERESO", Side.Quebec), ("PTCE Sud Aquitaine", Side.France), ("L'Espace412", Side.Quebec) })
            await app.CreateOrganisationAsync(name, side);
        foreach (var email in new[] { "direction.cereso@demo.passerelles.org", "coordination.ptce@demo.passerelles.org" })
            await app.CreateUserAsync(email);
        await app.WithDbAsync(DemoFunding.EnsureAsync);

        await app.WithDbAsync(DemoReports.EnsureAsync);
        await app.WithDbAsync(DemoReports.EnsureAsync);

        var reports = await app.WithDbAsync(db => db.Reports.AsNoTracking().Include(r => r.Template).OrderBy(r => r.From).ToListAsync());
        Assert.Equal(
            [
                (DemoFunding.ParcoursNumerique, ShippedReportTemplates.Lojiq, new LocalDate(2022, 9, 1), ReportStatus.Frozen),
                (DemoFunding.Ffqcd, ShippedReportTemplates.Ffqcd, new LocalDate(2023, 1, 1), ReportStatus.Frozen),
                (DemoFunding.Ffqcd, ShippedReportTemplates.Ffqcd, new LocalDate(2024, 1, 1), ReportStatus.Draft),
            ],
            reports.Select(r => (r.GrantId, r.Template.Key, r.From, r.Status)));
        Assert.All(reports.Where(r => r.Status == ReportStatus.Frozen), r => Assert.NotNull(r.FrozenBy));
        Assert.Contains("15 000 $", reports[1].Snapshot.Sections.Single(s => s.Key == "co-funding").Texts[0].Markdown);
        var funder = await app.WithDbAsync(db => db.ReportTemplates.Where(t => t.Key == ShippedReportTemplates.Ffqcd).Select(t => t.Funder!.Name).SingleAsync());
        Assert.Equal("Ministère des Relations internationales et de la Francophonie", funder);
        Assert.Contains(DemoData.Accounts, a => a.Email == DemoReports.FunderGuest && a.Role == MemberRole.PartnerGuest
            && a.Organisation == "Ministère des Relations internationales et de la Francophonie");
    }
}
