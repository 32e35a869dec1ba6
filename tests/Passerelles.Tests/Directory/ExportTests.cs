using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;
using Passerelles.Web.Features.Organisations;
using Passerelles.Tests.Directory;
using static Passerelles.Tests.DirectoryExchange.ImportTesting;

namespace Passerelles.Tests.DirectoryExchange;

public sealed class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>An organisation with every fact the exports carry, and a carrier.</summary>
    private async Task<(Organisation Organisation, Organisation Carrier)> CreateDescribedAsync(bool isPublic = true, string? name = null)
    {
        var carrier = await app.CreateOrganisationAsync(Unique("Porteur"));
        var organisation = await app.CreateOrganisationAsync(name ?? Unique("Décrite"), Side.France);
        await app.WithDbAsync(async db =>
        {
            foreach (var o in await db.Organisations.Where(o => o.Id == carrier.Id || o.Id == organisation.Id).ToListAsync()) o.IsPublic = true;
            var described = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            described.IsPublic = isPublic;
            described.ParentId = carrier.Id;
            described.Description = "Incubateur *territorial*.";
            described.Website = "https://tube.example";
            described.StreetAddress = "1 rue du Port";
            described.Locality = "Tarnos";
            described.PostalCode = "40220";
            described.Latitude = 43.5405;
            described.Longitude = -1.4599;
            described.Themes.Add(new OrganisationTheme { Name = "Youth" });
            described.Themes.Add(new OrganisationTheme { Name = "Innovation" });
            await db.SaveChangesAsync();
        });
        return (await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id)), carrier);
    }

    private async Task<List<Dictionary<string, string>>> CsvRowsAsync(HttpClient client)
    {
        var response = await client.GetAsync("/directory/export/csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var rows = new List<Dictionary<string, string>>();
        var names = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < names.Count; i++) values[names[i]] = row[i].ToString();
            rows.Add(values);
        }
        return rows;
    }

    [Fact]
    public async Task The_csv_export_is_rfc_4180_utf8_with_a_byte_order_mark()
    {
        await CreateDescribedAsync();
        var client = await app.AdministratorInEnglishAsync();

        var response = await client.GetAsync("/directory/export/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("passerelles-organisations.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header + "\r\n", text);
        Assert.DoesNotContain('\n', text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task Exports_publish_public_organisations_only_whoever_downloads_them()
    {
        var (hidden, _) = await CreateDescribedAsync(isPublic: false);
        var (shown, _) = await CreateDescribedAsync(isPublic: true);
        var member = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
        await app.AddMemberAsync(hidden.Id, member.Id, MemberRole.OrganisationAdministrator);

        foreach (var client in new[] { app.CreateBrowserlikeClient(), await app.SignedInClientAsync(member.Email!), await app.AdministratorInEnglishAsync() })
        {
            var names = (await CsvRowsAsync(client)).Select(r => r["name"]).ToList();
            Assert.Contains(shown.Name, names);
            Assert.DoesNotContain(hidden.Name, names);
            foreach (var format in new[] { "jsonld", "essglobal", "hsds" })
            {
                var document = await client.GetStringAsync($"/directory/export/{format}");
                Assert.Contains(shown.Id.ToString(), document);
                Assert.DoesNotContain(hidden.Id.ToString(), document);
            }
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"clic\")")]
    [InlineData("+33 cmd")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised(string hostile)
    {
        var name = hostile + Guid.NewGuid().ToString("N")[..6];
        var (organisation, _) = await CreateDescribedAsync(name: name);
        var client = await app.AdministratorInEnglishAsync();

        var row = (await CsvRowsAsync(client)).Single(r => r["external_id"] == organisation.Id.ToString());

        Assert.Equal("'" + name, row["name"]);
        Assert.Equal("-1.4599", row["longitude"]);
    }

    [Fact]
    public async Task Exporting_then_importing_changes_nothing()
    {
        await CreateDescribedAsync();
        await CreateDescribedAsync(name: "=Formule " + Guid.NewGuid().ToString("N")[..6]);
        var client = await app.AdministratorInEnglishAsync();
        var exported = await (await client.GetAsync("/directory/export/csv")).Content.ReadAsByteArrayAsync();
        var count = await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.IsPublic));

        var preview = await client.UploadAsync(exported);

        Assert.Equal(count, preview.Actions().Count);
        Assert.All(preview.Actions(), a => Assert.Equal("unchanged", a.Value));
    }

    /// <summary>Runs one of the node scripts beside these tests on a document: its exit code, output and errors.</summary>
    internal static async Task<(int ExitCode, string Output, string Errors)> NodeAsync(string script, byte[] document)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, document);
        try
        {
            var path = Path.Combine(SourceTree.Root, "tests", "Passerelles.Tests", "Directory", script);
            using var node = Process.Start(new ProcessStartInfo("node", [path, file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await node.WaitForExitAsync(timeout.Token);
            return (node.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonElement> ExpandAsync(byte[] document)
    {
        var (exitCode, output, errors) = await NodeAsync("jsonld-expand.mjs", document);
        Assert.True(exitCode == 0, errors);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Node(JsonElement expanded, string iri) =>
        expanded.EnumerateArray().Single(n => n.GetProperty("@id").GetString() == iri);

    private static string Value(JsonElement node, string property) =>
        node.GetProperty(property)[0].GetProperty("@value").ToString();

    [Fact]
    public async Task The_schema_org_export_expands_to_schema_org_organizations()
    {
        var (organisation, carrier) = await CreateDescribedAsync();
        var response = await app.CreateBrowserlikeClient().GetAsync("/directory/export/jsonld");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".jsonld", response.Content.Headers.ContentDisposition!.FileName ?? response.Content.Headers.ContentDisposition.FileNameStar);

        var expanded = await ExpandAsync(await response.Content.ReadAsByteArrayAsync());

        const string schema = "http://schema.org/";
        var node = Node(expanded, $"http://localhost/directory/{organisation.Id}");
        Assert.Equal(schema + "Organization", node.GetProperty("@type")[0].GetString());
        Assert.Equal(organisation.Name, Value(node, schema + "name"));
        Assert.Equal("Incubateur *territorial*.", Value(node, schema + "description"));
        Assert.Equal("https://tube.example/", Value(node, schema + "url"));
        var address = node.GetProperty(schema + "address")[0];
        Assert.Equal(schema + "PostalAddress", address.GetProperty("@type")[0].GetString());
        Assert.Equal("Tarnos", Value(address, schema + "addressLocality"));
        Assert.Equal("FR", Value(address, schema + "addressCountry"));
        var geo = node.GetProperty(schema + "geo")[0];
        Assert.Equal(43.5405, geo.GetProperty(schema + "latitude")[0].GetProperty("@value").GetDouble());
        Assert.Equal(["Innovation", "Youth"], node.GetProperty(schema + "knowsAbout").EnumerateArray().Select(t => t.GetProperty("@value").GetString()));
        Assert.Equal($"http://localhost/directory/{carrier.Id}", node.GetProperty(schema + "parentOrganization")[0].GetProperty("@id").GetString());
    }

    /// <summary>The RIPESS vocabulary's namespace, as its own file (essglobal-vocab.ttl) declares it.</summary>
    private const string Essglobal = "http://purl.org/essglobal/vocab/";

    /// <summary>The ESSGLOBAL terms the export uses, each defined in the vocabulary's file.</summary>
    private static readonly string[] EssglobalTerms =
        [.. new[] { "SSEInitiative", "Address", "hasAddress", "legalForm", "organisationalStructure", "economicSector" }.Select(t => Essglobal + t)];

    [Fact]
    public async Task The_essglobal_export_expands_to_the_essglobal_vocabulary()
    {
        var (organisation, carrier) = await CreateDescribedAsync();
        var response = await app.CreateBrowserlikeClient().GetAsync("/directory/export/essglobal");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);

        var expanded = await ExpandAsync(await response.Content.ReadAsByteArrayAsync());

        var node = Node(expanded, $"http://localhost/directory/{organisation.Id}");
        Assert.Equal(Essglobal + "SSEInitiative", node.GetProperty("@type")[0].GetString());
        Assert.Equal(organisation.Name, Value(node, "http://purl.org/goodrelations/v1#name"));
        Assert.Equal("Association loi 1901", Value(node, Essglobal + "legalForm"));
        Assert.Equal("Incubator", Value(node, Essglobal + "organisationalStructure"));
        Assert.Equal(["Innovation", "Youth"], node.GetProperty(Essglobal + "economicSector").EnumerateArray().Select(t => t.GetProperty("@value").GetString()));
        Assert.Equal("https://tube.example/", node.GetProperty("http://xmlns.com/foaf/0.1/homepage")[0].GetProperty("@id").GetString());
        var address = node.GetProperty(Essglobal + "hasAddress")[0];
        Assert.Equal(Essglobal + "Address", address.GetProperty("@type")[0].GetString());
        Assert.Equal("1 rue du Port", Value(address, "http://www.w3.org/2006/vcard/ns#street-address"));
        Assert.Equal("40220", Value(address, "http://www.w3.org/2006/vcard/ns#postal-code"));
        Assert.Equal(-1.4599, address.GetProperty("http://www.w3.org/2003/01/geo/wgs84_pos#long")[0].GetProperty("@value").GetDouble());
        Assert.Equal($"http://localhost/directory/{carrier.Id}", node.GetProperty("http://purl.org/dc/terms/isPartOf")[0].GetProperty("@id").GetString());
        Assert.Subset(EssglobalTerms.ToHashSet(), IrisUsed(expanded).Where(iri => iri.StartsWith(Essglobal, StringComparison.Ordinal)).ToHashSet());
    }

    [Fact]
    public async Task An_essglobal_consumer_finds_each_public_organisation_as_an_initiative_with_its_address()
    {
        await CreateDescribedAsync();
        await CreateDescribedAsync(isPublic: false);
        var located = await app.OrganisationAsync(Unique("Située"), o => { o.Locality = "Joliette"; o.Latitude = 46.0217; o.Longitude = -73.4424; });
        var published = await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.IsPublic));

        var expanded = await ExpandAsync(await app.CreateBrowserlikeClient().GetByteArrayAsync("/directory/export/essglobal"));

        var initiatives = expanded.EnumerateArray()
            .Where(n => n.TryGetProperty("@type", out var types) && types.EnumerateArray().Any(t => t.GetString() == Essglobal + "SSEInitiative"))
            .ToList();
        Assert.Equal(published, initiatives.Count);
        Assert.All(initiatives, initiative =>
            Assert.Equal([Essglobal + "Address"], initiative.GetProperty(Essglobal + "hasAddress").EnumerateArray().Select(a => a.GetProperty("@type")[0].GetString())));
        var address = Node(expanded, $"http://localhost/directory/{located.Id}").GetProperty(Essglobal + "hasAddress")[0];
        Assert.Equal("Joliette", Value(address, "http://www.w3.org/2006/vcard/ns#locality"));
        Assert.Equal("CA", Value(address, "http://www.w3.org/2006/vcard/ns#country-name"));
        Assert.False(address.TryGetProperty("http://www.w3.org/2006/vcard/ns#postal-code", out _));
    }

    /// <summary>The property and class IRIs of an expanded JSON-LD document.</summary>
    private static IEnumerable<string> IrisUsed(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(IrisUsed),
        JsonValueKind.Object => element.EnumerateObject().SelectMany<JsonProperty, string>(p => p.Name switch
        {
            "@type" when p.Value.ValueKind == JsonValueKind.Array => p.Value.EnumerateArray().Select(t => t.GetString()!),
            "@type" => [p.Value.GetString()!],
            _ when p.Name.StartsWith('@') => [],
            _ => IrisUsed(p.Value).Prepend(p.Name),
        }),
        _ => [],
    };

    [Fact]
    public async Task The_hsds_export_passes_the_hsds_3_schemas_whatever_is_known_of_each_organisation()
    {
        var (described, carrier) = await CreateDescribedAsync();
        var bare = await DirectoryTesting.OrganisationAsync(app, Unique("Nue"));
        var demoLike = await app.OrganisationAsync(Unique("Comme la démo"), o =>
        {
            o.Locality = "Joliette";
            o.Latitude = 46.0217;
            o.Longitude = -73.4424;
            o.Description = "Cégep aux trois collèges.";
        });
        var withoutPostalCode = await app.OrganisationAsync(Unique("Sans code postal"), o =>
        {
            o.StreetAddress = "12 rue Principale";
            o.Locality = "Joliette";
        });
        var privateCarrier = await app.OrganisationAsync(Unique("Porteur privé"), o => o.IsPublic = false);
        var carried = await app.OrganisationAsync(Unique("Portée"), o =>
        {
            o.ParentId = privateCarrier.Id;
            o.PostalCode = "J6E 3Z1";
            o.Latitude = 46.02;
            o.Longitude = -73.44;
        });
        var response = await app.CreateBrowserlikeClient().GetAsync("/directory/export/hsds");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var document = await response.Content.ReadAsByteArrayAsync();

        var (exitCode, output, errors) = await NodeAsync("hsds-validate.mjs", document);

        Assert.True(exitCode == 0, output + errors);
        using var json = JsonDocument.Parse(document);
        var page = json.RootElement;
        var organizations = page.GetProperty("contents").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);
        Assert.Equal(organizations.Count, page.GetProperty("total_items").GetInt32());
        Assert.DoesNotContain(privateCarrier.Id.ToString(), organizations.Keys);

        var full = organizations[described.Id.ToString()];
        Assert.Equal(described.Name, full.GetProperty("name").GetString());
        Assert.Equal("Incubateur *territorial*.", full.GetProperty("description").GetString());
        Assert.Equal("https://tube.example/", full.GetProperty("website").GetString());
        Assert.Equal($"http://localhost/directory/{described.Id}", full.GetProperty("uri").GetString());
        Assert.Equal(carrier.Id.ToString(), full.GetProperty("parent_organization_id").GetString());
        var location = Assert.Single(full.GetProperty("locations").EnumerateArray());
        Assert.Equal(43.5405, location.GetProperty("latitude").GetDouble());
        var address = Assert.Single(location.GetProperty("addresses").EnumerateArray());
        Assert.Equal(location.GetProperty("id").GetString(), address.GetProperty("location_id").GetString());
        Assert.Equal("1 rue du Port", address.GetProperty("address_1").GetString());
        Assert.Equal("40220", address.GetProperty("postal_code").GetString());
        Assert.Equal("Tarnos", address.GetProperty("city").GetString());
        Assert.Equal("FR", address.GetProperty("country").GetString());

        var nothingKnown = organizations[bare.Id.ToString()];
        foreach (var field in new[] { "website", "parent_organization_id", "locations" }) Assert.False(nothingKnown.TryGetProperty(field, out _), field);

        var placed = Assert.Single(organizations[demoLike.Id.ToString()].GetProperty("locations").EnumerateArray());
        Assert.Equal(46.0217, placed.GetProperty("latitude").GetDouble());
        Assert.False(placed.TryGetProperty("addresses", out _));

        // An address HSDS would need a postal code for is left out rather than given with an empty one.
        Assert.False(organizations[withoutPostalCode.Id.ToString()].TryGetProperty("locations", out _));

        Assert.False(organizations[carried.Id.ToString()].TryGetProperty("parent_organization_id", out _));
    }

    [Fact]
    public async Task A_private_carrier_is_not_named_in_a_public_export()
    {
        var (organisation, carrier) = await CreateDescribedAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == carrier.Id)).IsPublic = false;
            await db.SaveChangesAsync();
        });

        var document = await app.CreateBrowserlikeClient().GetStringAsync("/directory/export/jsonld");

        Assert.Contains(organisation.Id.ToString(), document);
        Assert.DoesNotContain(carrier.Id.ToString(), document);
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/directory/export/xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
