using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NodaTime;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Passerelles.Tests.Missions;

/// <summary>The costs of a mission and its report: costs checked next to their fields and totalled in both currencies,
/// each item with its own rate, and per funder; the report made from the record, with the delegation counted in
/// aggregate only; its PDF as qpdf reads it and its spreadsheet as MiniExcel reads it back.</summary>
public sealed class MissionReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Costs(RecordTesting.World world) => $"/missions/{world.MissionId}/costs";
    private static string Report(RecordTesting.World world) => $"/missions/{world.MissionId}/report";

    private static async Task<HttpResponseMessage> AddCostAsync(HttpClient client, RecordTesting.World world, Dictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, Costs(world));
        return await page.SubmitAsync(client, "#cost-form", values);
    }

    private static Dictionary<string, string> Cost(string label, string category, string amount, string currency, string rate, Guid? funder = null) => new()
    {
        ["Input.Label"] = label, ["Input.Category"] = category, ["Input.SpentOn"] = "2026-10-16", ["Input.Amount"] = amount,
        ["Input.Currency"] = currency, ["Input.CadPerEur"] = rate, ["Input.FunderId"] = funder?.ToString() ?? "",
    };

    private async Task<Organisation> PublicFunderAsync()
    {
        var funder = await app.CreateOrganisationAsync($"Fonds {Guid.NewGuid():N}"[..16]);
        await app.WithDbAsync(db => db.Organisations.Where(o => o.Id == funder.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublic, true)));
        return funder;
    }

    [Fact]
    public async Task A_cost_without_a_rate_with_a_negative_amount_or_an_unknown_currency_is_refused_next_to_each_field()
    {
        var world = await app.MissionRecordAsync();

        var refused = await HtmlPage.FromAsync(await AddCostAsync(world.Leader.Client, world, Cost("Vol Montréal–Paris", "Travel", "-5", "USD", "")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Give the exchange rate of the day, as 1 EUR = x CAD.", refused.FieldError("Input.CadPerEur"));
        Assert.Equal("The amount must be more than zero.", refused.FieldError("Input.Amount"));
        Assert.Equal("Choose CAD or EUR.", refused.FieldError("Input.Currency"));
        Assert.Equal("Vol Montréal–Paris", refused.Document.QuerySelector("[name='Input.Label']")?.GetAttribute("value"));
        var zeroRate = await HtmlPage.FromAsync(await AddCostAsync(world.Leader.Client, world, Cost("Vol", "Travel", "5", "CAD", "0")));
        Assert.Equal("The exchange rate must be more than zero, with at most 6 decimals.", zeroRate.FieldError("Input.CadPerEur"));
        Assert.False(await app.WithDbAsync(db => db.MissionCosts.AnyAsync(c => c.MissionId == world.MissionId)));
    }

    [Fact]
    public async Task Costs_are_totalled_in_both_currencies_each_with_its_own_rate_and_per_funder()
    {
        var world = await app.MissionRecordAsync(memberCulture: "fr-CA");
        var funder = await PublicFunderAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await AddCostAsync(world.Leader.Client, world, Cost("Vol Montréal–Paris", "Travel", "1200.00", "CAD", "1.5", funder.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AddCostAsync(world.Leader.Client, world, Cost("Hôtel à Tarnos", "Accommodation", "300", "EUR", "1.4725"))).StatusCode);

        // 1 200 CAD at 1.5 is 800 EUR; 300 EUR at 1.4725 is 441.75 CAD.
        var page = await HtmlPage.GetAsync(world.Leader.Client, Costs(world));
        Assert.Equal(["Total", "CA$1,641.75", "€1,100.00"], page.Texts("#cost-totals tfoot tr > *"));
        Assert.Equal([funder.Name, "CA$1,200.00", "€800.00", "No funder", "CA$441.75", "€300.00"], page.Texts("#cost-totals tbody tr > *"));
        Assert.Equal("1 EUR = 1.4725 CAD", page.Texts("#costs tbody td:nth-child(5)")[0]);

        var quebec = await HtmlPage.GetAsync(world.Member.Client, Costs(world));
        Assert.Equal(["Total", "1\u00A0641,75\u00A0$", "1\u00A0100,00\u00A0€"], quebec.Texts("#cost-totals tfoot tr > *"));
        Assert.Null(quebec.Document.QuerySelector("#cost-form"));

        var stored = await app.WithDbAsync(db => db.MissionCosts.Where(c => c.MissionId == world.MissionId).OrderBy(c => c.Label).ToListAsync());
        Assert.Equal([300m, 1200m], stored.Select(c => c.Amount).Order().ToList());
        Assert.Equal(1.4725m, stored.Single(c => c.Currency == "EUR").CadPerEur);
    }

    [Fact]
    public async Task A_cost_is_edited_and_deleted_after_confirmation_by_those_who_manage_the_mission()
    {
        var world = await app.MissionRecordAsync();
        await AddCostAsync(world.Leader.Client, world, Cost("Repas à Pau", "Meals", "80", "EUR", "1.5"));
        var id = await app.WithDbAsync(db => db.MissionCosts.Where(c => c.MissionId == world.MissionId).Select(c => c.Id).SingleAsync());

        var edit = await HtmlPage.GetAsync(world.LeadAdministrator.Client, $"{Costs(world)}/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(world.LeadAdministrator.Client, "#cost-form", new Dictionary<string, string> { ["Input.Amount"] = "95.50" })).StatusCode);
        Assert.Equal(95.50m, await app.WithDbAsync(db => db.MissionCosts.Where(c => c.Id == id).Select(c => c.Amount).SingleAsync()));

        var confirm = await HtmlPage.GetAsync(world.Leader.Client, $"{Costs(world)}/{id}/delete");
        Assert.Equal("Delete the cost Repas à Pau?", confirm.Text("h1"));
        Assert.True(await app.WithDbAsync(db => db.MissionCosts.AnyAsync(c => c.Id == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(world.Leader.Client, "#delete-form")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.MissionCosts.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task Only_managers_change_costs_whole_mission_viewers_read_costs_and_report_and_others_get_404()
    {
        var world = await app.MissionRecordAsync();
        await AddCostAsync(world.Leader.Client, world, Cost("Taxi", "LocalTransport", "40", "EUR", "1.5"));
        var id = await app.WithDbAsync(db => db.MissionCosts.Where(c => c.MissionId == world.MissionId).Select(c => c.Id).SingleAsync());

        async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) => (await client.GetAsync(url)).StatusCode;
        foreach (var url in new[] { Costs(world), Report(world), Report(world) + ".pdf", Report(world) + ".xlsx" })
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(world.Member.Client, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(world.Host.Client, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(world.Outsider.Client, url));
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(world.LeadAdministrator.Client, Costs(world)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(world.LeadAdministrator.Client, Report(world)));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(world.Member.Client, $"{Costs(world)}/{id}/edit"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(world.Host.Client, $"{Costs(world)}/{id}/delete"));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.PostFormAsync(Costs(world), Cost("Train", "Travel", "50", "EUR", "1.5"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Member.Client.PostFormAsync($"{Costs(world)}/{id}/delete", [])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Outsider.Client.PostFormAsync($"{Costs(world)}/{id}/delete", [])).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.MissionCosts.CountAsync(c => c.MissionId == world.MissionId)));
    }

    /// <summary>Adds accepted members to the mission, each with the gender they declared on their own account.</summary>
    private async Task JoinAsync(RecordTesting.World world, Organisation organisation, MissionRole role, params SelfDeclaredGender?[] genders)
    {
        foreach (var gender in genders)
        {
            var user = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", $"Membre {Guid.NewGuid():N}"[..14]);
            await app.WithDbAsync(async db =>
            {
                await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Gender, gender));
                db.MissionMembers.Add(new MissionMember
                {
                    MissionId = world.MissionId, UserId = user.Id, OrganisationId = organisation.Id, Role = role,
                    Status = MissionInvitationStatus.Accepted, InvitedAt = Instant.FromUtc(2026, 3, 1, 12, 0),
                });
                await db.SaveChangesAsync();
            });
        }
    }

    private static IReadOnlyList<string> Group(HtmlPage page, string key) => page.Texts($"#composition tr[data-group='{key}'] > *");

    [Fact]
    public async Task The_report_shows_the_record_and_counts_the_delegation_in_aggregate_withholding_small_groups()
    {
        var world = await app.MissionRecordAsync();
        await app.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == world.Leader.User.Id || u.Id == world.Member.User.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Gender, SelfDeclaredGender.Woman));
            db.VisitOutcomes.Add(new VisitOutcome { ItemId = world.VisitId, ObjectiveId = world.FirstObjectiveId, Text = "Entente signée avec le Tube", RecordedById = world.Leader.User.Id, RecordedAt = Instant.FromUtc(2026, 10, 19, 10, 0) });
            db.MissionFollowUps.AddRange(
                new MissionFollowUp { MissionId = world.MissionId, ItemId = world.VisitId, Text = "Relancer la SCIC", OwnerId = world.Member.User.Id, DueOn = new LocalDate(2026, 3, 1) },
                new MissionFollowUp { MissionId = world.MissionId, ItemId = world.VisitId, Text = "Partager le rapport", OwnerId = world.Member.User.Id, DueOn = new LocalDate(2026, 4, 30) },
                new MissionFollowUp { MissionId = world.MissionId, ItemId = world.VisitId, Text = "Envoyer la convention", OwnerId = world.Leader.User.Id, DueOn = new LocalDate(2026, 3, 5), DoneAt = Instant.FromUtc(2026, 3, 4, 9, 0) });
            await db.SaveChangesAsync();
        });
        // With the leader and the member: 5 women and 5 men from Québec, one lead and nine members.
        await JoinAsync(world, world.Traveller, MissionRole.Member, SelfDeclaredGender.Woman, SelfDeclaredGender.Woman, SelfDeclaredGender.Woman,
            SelfDeclaredGender.Man, SelfDeclaredGender.Man, SelfDeclaredGender.Man, SelfDeclaredGender.Man, SelfDeclaredGender.Man);

        var report = await HtmlPage.GetAsync(world.Member.Client, Report(world));

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.StartsWith("Report made on ", report.Text("#made-at"));
        Assert.Contains("2026", report.Text("#made-at"));
        Assert.Equal("Entente signée avec le Tube — Visite du Tube à ESS'ai", report.Text(".outcomes li"));
        Assert.Equal(["Visite du Tube à ESS'ai"], report.Texts("#visits tbody th"));
        Assert.Equal(["Relancer la SCIC: Overdue", "Envoyer la convention: Done", "Partager le rapport: Open"],
            report.Texts("#follow-ups tbody th").Zip(report.Texts("#follow-ups tbody td[class^='status-']"), (text, status) => $"{text}: {status}"));
        Assert.Equal(["Whole delegation", "10", "5", "5", "0", "0", "0"], Group(report, "Total"));
        Assert.Equal(["Québec", "10", "5", "5", "0", "0", "0"], Group(report, "Quebec"));
        Assert.Equal(["France", "0", "0", "0", "0", "0", "0"], Group(report, "France"));
        Assert.Equal(["Lead", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5"], Group(report, "Lead"));
        Assert.Equal(["Member", "not shown", "not shown", "not shown", "not shown", "not shown", "not shown"], Group(report, "Member"));

        // One person from France who declares themselves non-binary: no count may single them out.
        await JoinAsync(world, world.Visited, MissionRole.Guest, SelfDeclaredGender.NonBinary);
        var after = await HtmlPage.GetAsync(world.Member.Client, Report(world));

        Assert.Equal(["Whole delegation", "11", "not shown", "not shown", "not shown", "not shown", "not shown"], Group(after, "Total"));
        Assert.Equal(["France", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5"], Group(after, "France"));
        Assert.Equal(["Québec", "not shown", "not shown", "not shown", "not shown", "not shown", "not shown"], Group(after, "Quebec"));
        Assert.DoesNotContain("1", after.Texts("#composition td"));
    }

    [Fact]
    public async Task The_report_as_a_PDF_passes_qpdfs_check_and_is_in_the_readers_language()
    {
        var world = await app.MissionRecordAsync(memberCulture: "fr-FR", memberZone: "Europe/Paris");
        await AddCostAsync(world.Leader.Client, world, Cost("Vol Montréal–Paris", "Travel", "1200", "CAD", "1.5"));

        var response = await world.Member.Client.GetAsync(Report(world) + ".pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();

        var (exitCode, output) = await QpdfCheckAsync(pdf);
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        Assert.Contains("Rapport de la mission Mission Tarnos 2026", text);
        Assert.Contains("Composition de la délégation", text);
        Assert.Contains("Aucun financeur", text);
    }

    private static async Task<(int ExitCode, string Output)> QpdfCheckAsync(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = qpdf.StandardOutput.ReadToEndAsync();
            var errors = qpdf.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await qpdf.WaitForExitAsync(timeout.Token);
            return (qpdf.ExitCode, await output + await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_report_as_a_spreadsheet_reads_back_with_its_sheets_and_values()
    {
        var world = await app.MissionRecordAsync(memberCulture: "fr-CA", memberZone: "America/Toronto");
        var funder = await PublicFunderAsync();
        await AddCostAsync(world.Leader.Client, world, Cost("Vol Montréal–Paris", "Travel", "1200.00", "CAD", "1.5", funder.Id));
        await AddCostAsync(world.Leader.Client, world, Cost("Hôtel à Tarnos", "Accommodation", "300", "EUR", "1.4725"));
        await app.WithDbAsync(async db =>
        {
            db.MissionFollowUps.Add(new MissionFollowUp { MissionId = world.MissionId, ItemId = world.VisitId, Text = "Relancer la SCIC", OwnerId = world.Member.User.Id, DueOn = new LocalDate(2026, 3, 1) });
            await db.SaveChangesAsync();
        });

        var response = await world.Member.Client.GetAsync(Report(world) + ".xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["Mission", "Objectifs et résultats", "Suivis", "Délégation", "Coûts"], stream.GetSheetNames());
        var costs = stream.Query(useHeaderRow: true, sheetName: "Coûts").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Date", "Libellé", "Catégorie", "Montant", "Devise", "Taux du jour (CAD pour 1 EUR)", "En CAD", "En EUR", "Imputé à"], costs[0].Keys);
        var hotel = costs.Single(r => (string)r["Libellé"] == "Hôtel à Tarnos");
        Assert.Equal("Hébergement", hotel["Catégorie"]);
        Assert.Equal(441.75m, Convert.ToDecimal(hotel["En CAD"]));
        Assert.Equal(1.4725m, Convert.ToDecimal(hotel["Taux du jour (CAD pour 1 EUR)"]));
        var total = costs.Single(r => (string)r["Libellé"] == "Total");
        Assert.Equal(1641.75m, Convert.ToDecimal(total["En CAD"]));
        Assert.Equal(1100m, Convert.ToDecimal(total["En EUR"]));
        Assert.Equal(800m, Convert.ToDecimal(costs.Single(r => (string)r["Libellé"] == $"Total imputé à {funder.Name}")["En EUR"]));

        var followUps = stream.Query(useHeaderRow: true, sheetName: "Suivis").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Relancer la SCIC", Assert.Single(followUps)["Suivi"]);
        Assert.Equal("En retard", followUps[0]["Statut"]);
        var delegation = stream.Query(useHeaderRow: true, sheetName: "Délégation").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("moins de 5", delegation.Single(r => (string)r["Groupe"] == "Toute la délégation")["Personnes"]);
    }

    [Fact]
    public async Task A_person_declares_their_gender_on_their_preferences_changes_it_and_withdraws_it()
    {
        var world = await app.MissionRecordAsync();
        var client = world.Member.Client;
        async Task<SelfDeclaredGender?> StoredAsync() => await app.WithDbAsync(db => db.Users.Where(u => u.Id == world.Member.User.Id).Select(u => u.Gender).SingleAsync());
        async Task<HttpResponseMessage> SaveAsync(string gender) =>
            await (await HtmlPage.GetAsync(client, "/account/preferences")).SubmitAsync(client, "form[method='post'].stacked", new Dictionary<string, string> { ["Gender"] = gender });

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync("NonBinary")).StatusCode);
        Assert.Equal(SelfDeclaredGender.NonBinary, await StoredAsync());
        Assert.Equal("NonBinary", (await HtmlPage.GetAsync(client, "/account/preferences")).Document.QuerySelector("input[name='Gender'][checked]")?.GetAttribute("value"));
        var refused = await HtmlPage.FromAsync(await SaveAsync("3"));
        Assert.Equal("This value is not valid.", refused.FieldError("Gender"));
        Assert.Equal(SelfDeclaredGender.NonBinary, await StoredAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync("")).StatusCode);
        Assert.Null(await StoredAsync());
    }
}
