using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Directory.Import;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Tests.DirectoryExchange.ImportTesting;

namespace Passerelles.Tests.DirectoryExchange;

public sealed class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_preview_says_what_each_row_will_do_and_writes_nothing()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("pv");
        var existing = await app.CreateOrganisationAsync(Unique("Existing"));
        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == existing.Id);
            organisation.ExternalId = $"{id}-2";
            await db.SaveChangesAsync();
        });

        var preview = await client.UploadAsync(Utf8(Header, Row($"{id}-1", Unique("Nouvelle")), Row($"{id}-2", existing.Name)));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal(new Dictionary<int, string> { [2] = "create", [3] = "update" }, preview.Actions());
        Assert.NotNull(preview.Document.QuerySelector("#confirm"));
        Assert.Equal(0, await app.CountWithPrefixAsync($"{id}-1"));
        Assert.Equal(ImportStatus.Previewed, (await app.JobAsync(preview.JobId())).Status);
    }

    [Fact]
    public async Task Confirming_creates_the_organisations_with_their_facts()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("ok");
        var name = Unique("Café \"Le Lien\"");
        var file = Utf8(Header,
            $"{id},\"{name.Replace("\"", "\"\"")}\",Cooperative,France,,Nouvelle-Aquitaine,SCIC,Tarnos,40220,\"2 allée des Pins\",43.54,-1.46,https://lien.example,Youth|digital,\"Deux lignes\nde description.\",oui");

        var result = await client.ImportAsync(file);

        Assert.Contains("1", result.Text("p:nth-of-type(2)"));
        var created = await app.OrganisationAsync(id);
        Assert.NotNull(created);
        Assert.Equal((name, OrganisationKind.Cooperative, Side.France, "FR", "SCIC", "Tarnos", "40220", 43.54, -1.46, true),
            (created.Name, created.Kind, created.Side, created.CountryCode, created.LegalForm, created.Locality, created.PostalCode,
             created.Latitude!.Value, created.Longitude!.Value, created.IsPublic));
        Assert.Equal("Deux lignes\nde description.", created.Description);
        Assert.Equal(["Digital", "Youth"], created.Themes.Select(t => t.Name).Order());
        Assert.Equal(("fr-FR", "Europe/Paris"), (created.DefaultCulture, created.TimeZoneId));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("idem");
        var file = Utf8(Header, Row($"{id}-1", Unique("Premier")), Row($"{id}-2", Unique("Second"), themes: "Youth|Innovation"));
        await client.ImportAsync(file);
        var before = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Where(o => o.ExternalId!.StartsWith(id)).Select(o => o.Version).ToListAsync());

        var preview = await client.UploadAsync(file);
        Assert.Equal(new Dictionary<int, string> { [2] = "unchanged", [3] = "unchanged" }, preview.Actions());
        await preview.SubmitAsync(client, "#confirm");
        var result = await client.WaitForImportAsync(preview.JobId());

        Assert.Equal((0, 0, 2), await app.WithDbAsync(async db =>
        {
            var job = await db.ImportJobs.SingleAsync(j => j.Id == preview.JobId());
            return (job.Created, job.Updated, job.Unchanged);
        }));
        var after = await app.WithDbAsync(db => db.Organisations.AsNoTracking().Where(o => o.ExternalId!.StartsWith(id)).Select(o => o.Version).ToListAsync());
        Assert.Equal(before, after);
        Assert.Contains("100", result.Document.QuerySelector("progress")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_changed_row_updates_its_organisation_by_external_id()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("upd");
        var name = Unique("Avant");
        await client.ImportAsync(Utf8(Header, Row(id, name)));

        await client.ImportAsync(Utf8(Header, Row(id, name, kind: "Network", themes: "GenderEquality", isPublic: "no")));

        var updated = await app.OrganisationAsync(id);
        Assert.Equal((OrganisationKind.Network, false), (updated!.Kind, updated.IsPublic));
        Assert.Equal(["GenderEquality"], updated.Themes.Select(t => t.Name));
        Assert.Equal(1, await app.CountWithPrefixAsync(id));
    }

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "missing name", "{id},,Incubator,Quebec,,,,,,,,,,,,", "name is required." },
        { "unknown kind", "{id},{name},Bakery,Quebec,,,,,,,,,,,,", "Unknown kind: Bakery." },
        { "unknown side", "{id},{name},Incubator,Belgique,,,,,,,,,,,,", "Unknown side: Belgique. Use Quebec or France." },
        { "latitude out of range", "{id},{name},Incubator,Quebec,,,,,,,91,10,,,,", "Latitude must be a number between -90 and 90." },
        { "longitude not a number", "{id},{name},Incubator,Quebec,,,,,,,45,east,,,,", "Longitude must be a number between -180 and 180." },
        { "one coordinate", "{id},{name},Incubator,Quebec,,,,,,,45,,,,,", "Give both latitude and longitude, or neither." },
        { "over-long region", "{id},{name},Incubator,Quebec,," + new string('r', 121) + ",,,,,,,,,,", "region is longer than 120 characters." },
        { "unknown country", "{id},{name},Incubator,Quebec,ZZ,,,,,,,,,,,", "Unknown country code: ZZ." },
        { "website without scheme", "{id},{name},Incubator,Quebec,,,,,,,,,www.example.org,,,", "The website must be an address starting with http:// or https://." },
        { "public neither yes nor no", "{id},{name},Incubator,Quebec,,,,,,,,,,,,maybe", "Public must be yes or no." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_reported_on_its_line_and_an_all_or_nothing_import_is_refused(string problem, string badRow, string message)
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("bad");
        var file = Utf8(Header, Row($"{id}-good", Unique("Bonne")), badRow.Replace("{id}", $"{id}-bad").Replace("{name}", Unique("Mauvaise")));

        var preview = await client.UploadAsync(file);

        Assert.True(preview.Errors(3).Contains(message), $"{problem}: {string.Join(" / ", preview.Errors(3))}");
        Assert.Equal("error", preview.Actions()[3]);
        Assert.Null(preview.Document.QuerySelector("#confirm"));
        var refused = await client.PostAsync(preview.Response.RequestMessage!.RequestUri, new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(0, await app.CountWithPrefixAsync(id));
    }

    [Fact]
    public async Task Confirming_a_file_with_an_error_is_refused_and_writes_nothing()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("aon");
        var preview = await client.UploadAsync(Utf8(Header, Row($"{id}-1", Unique("Une")), Row($"{id}-2", Unique("Deux"), kind: "Bakery")));
        var token = preview.Document.QuerySelector("main form input[name='__RequestVerificationToken']")?.GetAttribute("value")
                    ?? (await HtmlPage.GetAsync(client, "/directory/import")).Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        var response = await client.PostAsync(preview.Response.RequestMessage!.RequestUri, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.FromAsync(response);
        Assert.Contains("nothing was imported", page.Html);
        Assert.Equal(0, await app.CountWithPrefixAsync(id));
        Assert.Equal(ImportStatus.Previewed, (await app.JobAsync(preview.JobId())).Status);
    }

    [Fact]
    public async Task The_valid_rows_are_imported_without_the_rejected_ones_which_download_with_their_reasons_in_the_users_language()
    {
        var client = await app.AdministratorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var id = Unique("part");
        var preview = await client.UploadAsync(Utf8(Header,
            Row($"{id}-1", Unique("Une"), kind: "Coopérative"), Row($"{id}-2", "=Deux" + Unique(""), kind: "Boulangerie"), Row($"{id}-3", Unique("Trois"), side: "Québec")));

        Assert.Equal("Lignes comportant des erreurs\u00A0: 1. Importez les lignes valides (2) sans elles, ou corrigez le fichier et envoyez-le de nouveau.",
            preview.Text("main p.alert"));
        var rejected = await client.GetAsync($"/directory/import/{preview.JobId()}/rejected");
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("text/csv", rejected.Content.Headers.ContentType!.MediaType);
        var lines = (await rejected.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header + ",Motif", lines[0]);
        Assert.StartsWith($"{id}-2,'=Deux", lines[1]);
        Assert.EndsWith(",Type inconnu\u00A0: Boulangerie.", lines[1]);
        Assert.Equal(2, lines.Length);

        var confirm = await preview.SubmitAsync(client, "#confirm-valid");

        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var done = await client.WaitForImportAsync(preview.JobId());
        Assert.Contains("Importation terminée\u00A0: 2 créées, 0 mises à jour, 0 inchangées.", WebUtility.HtmlDecode(done.Html));
        Assert.Equal(OrganisationKind.Cooperative, (await app.OrganisationAsync($"{id}-1"))!.Kind);
        Assert.NotNull(await app.OrganisationAsync($"{id}-3"));
        Assert.Null(await app.OrganisationAsync($"{id}-2"));
    }

    [Fact]
    public async Task A_rejected_row_corrected_in_the_preview_is_checked_again_and_imported_with_the_others()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("fix");
        var name = Unique("Corrigée");
        var preview = await client.UploadAsync(Utf8(Header, Row($"{id}-1", Unique("Une")), Row($"{id}-2", name, kind: "Bakery")));
        Assert.Equal("Bakery", preview.Document.QuerySelector("#fix-3 input[name='cells[kind]']")!.GetAttribute("value"));

        var fixedRow = await preview.SubmitAsync(client, "#fix-3", new Dictionary<string, string> { ["cells[kind]"] = "Coopérative" });

        Assert.Equal(HttpStatusCode.Redirect, fixedRow.StatusCode);
        var again = await HtmlPage.GetAsync(client, fixedRow.Headers.Location!.OriginalString);
        Assert.Equal(new Dictionary<int, string> { [2] = "create", [3] = "create" }, again.Actions());
        await again.SubmitAsync(client, "#confirm");
        await client.WaitForImportAsync(preview.JobId());
        var imported = await app.OrganisationAsync($"{id}-2");
        Assert.Equal((name, OrganisationKind.Cooperative, "Un incubateur."), (imported!.Name, imported.Kind, imported.Description));
    }

    [Fact]
    public async Task Choosing_all_or_nothing_for_a_file_with_a_bad_row_imports_nothing()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("aon2");
        var preview = await client.UploadAsync(Utf8(Header, Row($"{id}-1", Unique("Une")), Row($"{id}-2", Unique("Deux"), kind: "Bakery")));

        var refused = await preview.SubmitAsync(client, "#confirm-valid", new Dictionary<string, string> { ["Mode"] = nameof(ImportMode.AllOrNothing) });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Correct the errors in the file and upload it again: nothing was imported.", (await HtmlPage.FromAsync(refused)).Text("main .alert"));
        Assert.Equal(0, await app.CountWithPrefixAsync(id));
        Assert.Equal(ImportStatus.Previewed, (await app.JobAsync(preview.JobId())).Status);
    }

    [Fact]
    public async Task A_name_a_spreadsheet_would_read_as_a_formula_is_flagged_on_its_row_of_the_preview()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("fx");

        var preview = await client.UploadAsync(Utf8(Header, Row($"{id}-1", "@" + Unique("Arobase")), Row($"{id}-2", Unique("Sage"))));

        Assert.Equal(["The name begins with @, which a spreadsheet reads as the start of a formula. Check that it is the real name."],
            preview.Document.QuerySelectorAll("#rows tr[data-line='2'] .row-warnings li").Select(l => l.TextContent.Trim()));
        Assert.Empty(preview.Document.QuerySelectorAll("#rows tr[data-line='3'] .row-warnings li"));
        Assert.NotNull(preview.Document.QuerySelector("#confirm"));
    }

    [Fact]
    public async Task Duplicates_within_the_file_are_reported_on_the_later_line()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("dup");
        var first = Row($"{id}-1", Unique("Doublon"));
        var sameName = Unique("Homonyme");

        var preview = await client.UploadAsync(Utf8(Header, first, first, Row($"{id}-1", Unique("Autre")), Row($"{id}-2", sameName), Row($"{id}-3", sameName)));

        Assert.Contains("This row repeats line 2.", preview.Errors(3));
        Assert.Contains($"External id {id}-1 is also on line 2.", preview.Errors(4));
        Assert.Contains($"The name {sameName} is also on line 5.", preview.Errors(6));
        Assert.Empty(preview.Errors(2));
    }

    [Fact]
    public async Task A_name_another_organisation_already_has_is_an_error()
    {
        var client = await app.AdministratorInEnglishAsync();
        var taken = await app.CreateOrganisationAsync(Unique("Prise"));

        var preview = await client.UploadAsync(Utf8(Header, Row(Unique("name"), taken.Name.ToUpperInvariant())));

        Assert.Contains($"Another organisation already has the name {taken.Name.ToUpperInvariant()}.", preview.Errors(2));
    }

    [Fact]
    public async Task Errors_are_written_in_the_language_of_the_person_importing()
    {
        var client = await app.AdministratorClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var preview = await client.UploadAsync(Utf8(Header, Row(Unique("fr"), Unique("Française"), kind: "Boulangerie")));

        Assert.Contains("Type inconnu\u00A0: Boulangerie.", preview.Errors(2));
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_as_a_whole()
    {
        var client = await app.AdministratorInEnglishAsync();

        var preview = await client.UploadAsync(Utf8("name,kind,side", $"{Unique("Sans")},Incubator,Quebec"));

        Assert.Contains("The file has no column named external_id.", preview.Text("#file-errors"));
        Assert.Null(preview.Document.QuerySelector("#confirm"));
    }

    [Theory]
    [InlineData("empty", new byte[0], "The file is empty.")]
    [InlineData("byte-order mark only", new byte[] { 0xEF, 0xBB, 0xBF }, "The file is empty.")]
    [InlineData("binary", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00 }, "This is not a text file.")]
    public async Task An_unusable_file_gets_a_clear_error(string problem, byte[] file, string message)
    {
        var client = await app.AdministratorInEnglishAsync();

        var page = await client.UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.FieldError("Input.File")?.StartsWith(message) == true, $"{problem}: {page.FieldError("Input.File")}");
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportJobs.CountAsync(j => j.FileName == problem)));
    }

    [Fact]
    public async Task An_oversized_file_gets_a_clear_error()
    {
        var client = await app.AdministratorInEnglishAsync();
        var file = new byte[ImportFile.MaxBytes + 1];
        Array.Fill(file, (byte)'a');

        var page = await client.UploadAsync(file);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("The file is larger than 10 MB.", page.FieldError("Input.File"));
    }

    [Fact]
    public async Task A_file_larger_than_the_site_wide_limit_is_accepted_here()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("big");
        var padding = new string('x', 7000);
        var rows = Enumerable.Range(1, 200).Select(i => Row($"{id}-{i}", $"{id} n°{i}").Replace("Un incubateur.", padding));

        var preview = await client.UploadAsync(Utf8([Header, .. rows]));

        Assert.True(Utf8([Header, .. rows]).Length > 1024 * 1024);
        Assert.Equal(200, preview.Actions().Count(a => a.Value == "create"));
    }

    [Fact]
    public async Task A_windows_1252_file_with_semicolons_is_read()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("cp");
        var name = Unique("Économie");
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = Encoding.GetEncoding(1252).GetBytes($"{Header.Replace(',', ';')}\r\n{id};{name};Association;France;;Île-de-France;Association loi 1901;Paris;75001;;48,86;2,35;;;Café;non\r\n");

        await client.ImportAsync(file);

        var created = await app.OrganisationAsync(id);
        Assert.Equal((name, "Île-de-France", "Café", 48.86), (created!.Name, created.Region, created.Description, created.Latitude!.Value));
    }

    [Fact]
    public async Task Progress_reaches_100_percent_for_a_file_of_thousands_of_rows()
    {
        var client = await app.AdministratorInEnglishAsync();
        var id = Unique("bulk");
        var rows = Enumerable.Range(1, 3000).Select(i => Row($"{id}-{i}", $"{id} n°{i}"));

        var preview = await client.UploadAsync(Utf8([Header, .. rows]));
        Assert.Equal(3000, preview.Actions().Count(a => a.Value == "create"));
        await preview.SubmitAsync(client, "#confirm");
        var result = await client.WaitForImportAsync(preview.JobId(), timeoutSeconds: 120);

        Assert.Equal("100", result.Document.QuerySelector("progress")!.GetAttribute("value"));
        Assert.Contains("3000 created", result.Html);
        Assert.Equal(3000, await app.CountWithPrefixAsync(id));
        var page = await HtmlPage.GetAsync(client, $"/directory/import/{preview.JobId()}");
        Assert.Equal("100", page.Document.QuerySelector("#import-progress progress")!.GetAttribute("value"));
        Assert.Null(page.Document.QuerySelector("#import-progress")!.GetAttribute("data-hx-get"));
    }

    [Fact]
    public async Task A_running_import_is_followed_with_a_polling_progress_bar_and_a_refresh_link()
    {
        var client = await app.AdministratorInEnglishAsync();
        var job = await app.WithDbAsync(async db =>
        {
            // Queued without entering the worker's queue: it stays queued for as long as this test looks at it.
            var queued = new ImportJob { FileName = "queued.csv", Content = Header, Status = ImportStatus.Queued };
            db.ImportJobs.Add(queued);
            await db.SaveChangesAsync();
            return queued;
        });

        var page = await HtmlPage.GetAsync(client, $"/directory/import/{job.Id}");

        var progress = page.Document.QuerySelector("#import-progress")!;
        Assert.Equal($"/directory/import/{job.Id}/progress", progress.GetAttribute("data-hx-get"));
        Assert.Equal("every 1s", progress.GetAttribute("data-hx-trigger"));
        Assert.Equal("polite", progress.GetAttribute("aria-live"));
        Assert.NotNull(progress.QuerySelector("progress"));
        Assert.NotNull(progress.QuerySelector($"a[href='/directory/import/{job.Id}']"));
    }

    [Fact]
    public async Task An_import_whose_file_no_longer_passes_its_checks_when_applied_writes_nothing()
    {
        var id = Unique("late");
        var name = Unique("Tardive");
        var job = await app.WithDbAsync(async db =>
        {
            var queued = new ImportJob { FileName = "late.csv", Content = string.Join("\n", Header, Row($"{id}-1", Unique("Une")), Row($"{id}-2", name)), Status = ImportStatus.Queued };
            db.ImportJobs.Add(queued);
            await db.SaveChangesAsync();
            return queued;
        });
        await app.CreateOrganisationAsync(name);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().ApplyAsync(job.Id, CancellationToken.None);

        Assert.Equal(ImportStatus.Failed, (await app.JobAsync(job.Id)).Status);
        Assert.Equal(0, await app.CountWithPrefixAsync(id));
    }

    [Fact]
    public async Task An_import_stopped_half_way_writes_nothing()
    {
        var id = Unique("half");
        var rows = Enumerable.Range(1, 2000).Select(i => Row($"{id}-{i}", $"{id} n°{i}"));
        var job = await app.WithDbAsync(async db =>
        {
            var queued = new ImportJob { FileName = "half.csv", Content = string.Join("\n", [Header, .. rows]), Status = ImportStatus.Queued };
            db.ImportJobs.Add(queued);
            await db.SaveChangesAsync();
            return queued;
        });
        var progress = app.Services.GetRequiredService<ImportProgress>();
        using var stop = new CancellationTokenSource();
        (int Done, int Total)? stoppedAt = null;
        // Stopped as soon as the first batch is written, whatever the machine's speed.
        void StopAfterFirstBatch(Guid jobId, int done, int total)
        {
            if (jobId != job.Id || done == 0 || stoppedAt is not null) return;
            stoppedAt = (done, total);
            stop.Cancel();
        }
        progress.Reported += StopAfterFirstBatch;

        await using var scope = app.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
        try
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.ApplyAsync(job.Id, stop.Token));
        }
        finally
        {
            progress.Reported -= StopAfterFirstBatch;
        }
        Assert.True(stoppedAt is { Done: > 0 } state && state.Done < state.Total, $"Stopped at {stoppedAt}");
        Assert.Equal(0, await app.CountWithPrefixAsync(id));
        Assert.NotEqual(ImportStatus.Completed, (await app.JobAsync(job.Id)).Status);
    }

    [Fact]
    public async Task The_template_lists_every_column_and_imports_cleanly()
    {
        var client = await app.AdministratorInEnglishAsync();

        var response = await client.GetAsync("/directory/import/template");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Header, Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n")[0]);
        var preview = await client.UploadAsync(bytes);
        Assert.All(preview.Actions().Values, a => Assert.NotEqual("error", a));
    }

    [Fact]
    public async Task Only_network_administrators_may_import()
    {
        var organisation = await app.CreateOrganisationAsync(Unique("Membre"));
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email);
        await app.AddMemberAsync(organisation.Id, user.Id, MemberRole.OrganisationAdministrator);
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/directory/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/directory/import/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/directory/import", new FormUrlEncodedContent([]))).StatusCode);
    }
}
