using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The package given for a request of access or portability: everything the app holds about the person
/// (<see cref="PersonalData"/>), as JSON in the structure of wwwroot/schemas/personal-data-v1.json (served at
/// <see cref="SchemaAddress"/>) and as a readable PDF, both in one ZIP file.</summary>
public sealed class PersonalDataPackage(AppDbContext db, PersonalData data, TimeProvider clock)
{
    public const string Format = "passerelles-personal-data/1";
    public const string SchemaAddress = "/schemas/personal-data-v1.json";

    public sealed record PersonPart(string DisplayName, string Email, string Phone);
    public sealed record ControllerPart(string Name, string Side, string Law);
    public sealed record RecordsPart(string Kind, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
    public sealed record FeaturePart(string Feature, IReadOnlyList<RecordsPart> Records);
    public sealed record Document(string Format, string GeneratedAt, PersonPart Person, IReadOnlyList<ControllerPart> Controllers, IReadOnlyList<FeaturePart> Features);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public async Task<Document> BuildAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var subject = await PersonalData.Subject.OfAsync(db, personId);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new PersonPart(p.DisplayName, p.Email, p.Phone)).SingleAsync(cancellationToken);
        var controllers = await db.People.AsNoTracking().Where(p => subject.PersonIds.Contains(p.Id))
            .Select(p => new { p.ControllerOrganisation.Name, p.ControllerOrganisation.Side }).Distinct().ToListAsync(cancellationToken);
        var records = await data.CollectAsync(subject, cancellationToken);
        return new Document(Format, InstantPattern.ExtendedIso.Format(Instant.FromDateTimeOffset(clock.GetUtcNow())), person,
            controllers.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new ControllerPart(c.Name, c.Side.ToString(), LawOf(c.Side))).ToList(),
            records.GroupBy(r => r.Feature).Select(g => new FeaturePart(g.Key, g.Select(r => new RecordsPart(r.Kind, r.Rows)).ToList())).ToList());
    }

    public static string LawOf(Side side) => side == Side.Quebec ? "Law 25" : "GDPR";

    public static byte[] Json(Document document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    public static byte[] Pdf(Document document, IStringLocalizer t)
    {
        var title = t["Your personal data: {0}", document.Person.DisplayName];
        var description = new PdfTextLayout.Description(title, CultureInfo.CurrentUICulture.Name, t["Page {0} of {1}"]);
        return PdfTextLayout.Write(description, layout =>
        {
            layout.Heading(title, 1);
            layout.Paragraph(t["Everything Passerelles holds about you on {0}, by area of the app. The file personal-data.json holds the same in a structured format you can take elsewhere.", document.GeneratedAt]);
            foreach (var controller in document.Controllers) layout.Row(t["Organisation responsible"], $"{controller.Name} ({controller.Law})");
            foreach (var feature in document.Features)
            {
                layout.Heading(feature.Feature, 2);
                foreach (var records in feature.Records)
                {
                    layout.Heading($"{records.Kind} ({records.Rows.Count})", 3);
                    foreach (var row in records.Rows)
                    {
                        foreach (var (name, value) in row.Where(c => c.Value is not null and not "")) layout.Row(name, Convert.ToString(value, CultureInfo.InvariantCulture)!);
                        layout.Space(6);
                    }
                }
            }
        });
    }

    /// <summary>The package as one ZIP file: personal-data.json and personal-data.pdf.</summary>
    public static byte[] Zip(Document document, IStringLocalizer t)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "personal-data.json", Json(document));
            Add(zip, "personal-data.pdf", Pdf(document, t));
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(content);
    }
}
