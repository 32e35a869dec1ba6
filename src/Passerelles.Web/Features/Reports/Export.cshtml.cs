namespace Passerelles.Web.Features.Reports;

/// <summary>A report as a file, made from its stored snapshot, so that a frozen report exports the same every time:
/// for those who manage its grant, and for the funder's guests once it is frozen; 404 for anyone else.</summary>
public abstract class ExportModel(AppDbContext db, CurrentActor actors, IStringLocalizerFactory localizers,
    Func<ReportSnapshot, CultureInfo, IStringLocalizerFactory, byte[]> export, string contentType, string extension) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var (report, refusal) = await ReportAccess.LoadAsync(db, await actors.GetAsync(), id, manage: false);
        if (report is null) return refusal!;
        Response.Headers.CacheControl = "private, no-store";
        var snapshot = report.Snapshot;
        var name = $"{snapshot.TemplateKey}-{snapshot.From:yyyy-MM-dd}-{snapshot.To:yyyy-MM-dd}-v{report.Number}.{extension}";
        return File(export(snapshot, CultureInfo.CurrentUICulture, localizers), contentType, name);
    }
}

public sealed class ExportPdfModel(AppDbContext db, CurrentActor actors, IStringLocalizerFactory localizers)
    : ExportModel(db, actors, localizers, ReportExports.Pdf, "application/pdf", "pdf");

public sealed class ExportXlsxModel(AppDbContext db, CurrentActor actors, IStringLocalizerFactory localizers)
    : ExportModel(db, actors, localizers, ReportExports.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

public sealed class ExportCsvModel(AppDbContext db, CurrentActor actors, IStringLocalizerFactory localizers)
    : ExportModel(db, actors, localizers, ReportExports.Csv, "text/csv; charset=utf-8", "csv");
