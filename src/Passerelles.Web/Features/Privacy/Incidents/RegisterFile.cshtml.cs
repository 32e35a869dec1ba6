using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>The register of the incidents the person keeps, as CSV or PDF, in the reader's language, each moment in its
/// organisation's zone. The list of the people affected stays on each incident's page: the register gives their
/// number.</summary>
public abstract class RegisterFileModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t, string format) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var actor = await actors.GetAsync();
        if (!await db.KeepsAnyRegisterAsync(actor)) return Forbid();
        var incidents = await db.PrivacyIncidents.AsNoTracking().VisibleTo(db, actor).Include(i => i.Controller)
            .OrderByDescending(i => i.AwareAt).ThenBy(i => i.Id).ToListAsync();
        var culture = CultureInfo.CurrentCulture;
        string Moment(Instant? at, Side side) =>
            at is { } instant ? ClockFormat.DateAndTime(instant.InZone(TimeZones.Get(IncidentScope.ZoneOf(side))).LocalDateTime, culture) : "";
        string Risk(bool? risk) => t[risk switch { true => "Yes", false => "No", null => "Not assessed yet" }];
        var header = new[]
        {
            "Organisation responsible", "Summary", "Personal information concerned", "Circumstances", "Time of the incident",
            "Time the organisation learnt of it", "Number of people affected", "Risk of serious injury", "Analysis of the risk",
            "Measures taken", "Time the authority was notified", "Date the people concerned were notified",
            "Why the authority is not notified", "Kept in the register until",
        }.Select(key => t[key].Value).ToList();
        var rows = incidents.Select(i => (IReadOnlyList<string>)
        [
            i.Controller.Name, i.Summary, i.DataConcerned, i.Circumstances, Moment(i.OccurredAt, i.Controller.Side),
            Moment(i.AwareAt, i.Controller.Side), i.PeopleAffectedCount.ToString(culture), Risk(i.RiskOfSeriousInjury), i.RiskAnalysis,
            i.Measures, Moment(i.AuthorityNotifiedAt, i.Controller.Side),
            i.PeopleNotifiedAt is { } p ? p.InZone(TimeZones.Get(IncidentScope.ZoneOf(i.Controller.Side))).Date.ToString("d", culture) : "",
            i.NotNotifiedReason,
            PrivacyIncident.KeptUntil(i.AwareAt, TimeZones.Get(IncidentScope.ZoneOf(i.Controller.Side))).ToString("d", culture),
        ]).ToList();
        var stamp = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Response.Headers.CacheControl = "private, no-store";
        if (format == "csv") return File(Csv.GuardedFile(header, rows), "text/csv; charset=utf-8", $"privacy-incidents-{stamp}.csv");

        var title = t["Register of privacy incidents"].Value;
        var pdf = PdfTextLayout.Write(new PdfTextLayout.Description(title, CultureInfo.CurrentUICulture.Name, t["Page {0} of {1}"]), layout =>
        {
            layout.Heading(title, 1);
            layout.Paragraph(t["Register made on {0}.", stamp]);
            if (rows.Count == 0) layout.Paragraph(t["No incident recorded."]);
            foreach (var row in rows)
            {
                layout.Heading($"{row[1]} — {row[0]}", 2);
                foreach (var (label, value) in header.Zip(row).Skip(2).Where(cell => cell.Second.Length > 0)) layout.Row(label, value);
            }
        });
        return File(pdf, "application/pdf", $"privacy-incidents-{stamp}.pdf");
    }
}

public sealed class RegisterCsvModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t)
    : RegisterFileModel(db, actors, clock, t, "csv");

public sealed class RegisterPdfModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t)
    : RegisterFileModel(db, actors, clock, t, "pdf");
