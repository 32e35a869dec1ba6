namespace Passerelles.Web.Features.Reports;

public static class ReportsServices
{
    public static void AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportNotices>();
    }
}
