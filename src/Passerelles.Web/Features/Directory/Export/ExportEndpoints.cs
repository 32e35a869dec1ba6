using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Directory.Export;

/// <summary>Downloads of the directory in the interchange formats: CSV (the import's own columns), schema.org
/// JSON-LD, ESSGLOBAL JSON-LD and Open Referral HSDS. They are publications: the public organisations only, for
/// everyone (<see cref="DirectoryExport.PublishedAsync"/>).</summary>
public static class ExportEndpoints
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static readonly IReadOnlyList<string> Formats = ["csv", "jsonld", "essglobal", "hsds"];

    public static void MapDirectoryExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/directory/export/{format}", ExportAsync).AllowAnonymous()
            .WithTags("Directory")
            .WithName("ExportDirectory")
            .WithSummary("Download the public organisations of the directory")
            .WithDescription("csv: the import's own columns; jsonld: schema.org JSON-LD; essglobal: ESSGLOBAL JSON-LD; hsds: Open Referral HSDS JSON. Public organisations only, for everyone.")
            .WithValues("format", Formats)
            .ProducesFile("The file, as an attachment.", "text/csv", "application/ld+json", "application/json")
            .Produces(StatusCodes.Status404NotFound);

    private static async Task<IResult> ExportAsync(string format, HttpContext http, AppDbContext db, PublicAddress address, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format)) return Results.NotFound();

        var organisations = await DirectoryExport.PublishedAsync(db, cancellationToken);
        var root = address.Root(http.Request);

        return format switch
        {
            "csv" => Results.File(CsvFile(organisations), "text/csv; charset=utf-8", "passerelles-organisations.csv"),
            "jsonld" => Json(SchemaOrgJsonLd.Document(organisations, root), "application/ld+json", "passerelles-organisations.jsonld"),
            "essglobal" => Json(EssGlobalJsonLd.Document(organisations, root), "application/ld+json", "passerelles-organisations-essglobal.jsonld"),
            _ => Json(HsdsJson.Document(organisations, root), "application/json", "passerelles-organisations-hsds.json"),
        };
    }

    private static byte[] CsvFile(IReadOnlyList<ExportedOrganisation> organisations)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Csv.Write(text, organisations.Select(o => o.Values.Cells(o.FileId)).Prepend(OrganisationCsv.Columns));
        return Csv.WithBom(text.ToString());
    }

    private static IResult Json(JsonObject document, string contentType, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(document.ToJsonString(Indented)), contentType + "; charset=utf-8", fileName);
}
