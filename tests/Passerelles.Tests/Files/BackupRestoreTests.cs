using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Tests.Bridges;
using Passerelles.Web.Data;

namespace Passerelles.Tests.Files;

/// <summary>ops/backup.sh and ops/restore.sh, run for real on the provider the tests run on: the demo network and an
/// uploaded document, backed up while the app runs, restored into a new database and data folder, served again.</summary>
public sealed class BackupRestoreTests
{
    private const string Coordinator = "coordination.ptce@demo.passerelles.org";
    private const string Administrator = "admin@demo.passerelles.org";

    [Fact]
    public async Task A_backup_of_the_demo_network_and_an_upload_restores_into_a_new_database_that_signs_in_and_serves_the_upload()
    {
        var work = System.IO.Directory.CreateTempSubdirectory("passerelles-backup-test-").FullName;
        try
        {
            var (sourceData, restoredData, backup) = (Path.Combine(work, "source"), Path.Combine(work, "restored"), Path.Combine(work, "passerelles.backup"));
            var document = "%PDF-1.7\n"u8.ToArray().Concat(Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7))).ToArray();
            Guid bridgeId;
            var source = TestDatabase.Create();
            await using (var app = AppFactory.On(source).WithSetting("Passerelles:DataPath", sourceData))
            {
                await using (var scope = app.Services.CreateAsyncScope())
                    await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
                var from = await app.CreatePublicOrganisationAsync("CERESO", Web.Features.Organisations.Side.Quebec);
                var to = await app.CreatePublicOrganisationAsync("Tube", Web.Features.Organisations.Side.France);
                var admin = await app.SignedInClientAsync(Administrator, DemoData.Password);
                var created = await BridgeForms.PostAsync(admin, "/bridges/new", BridgeForms.Valid(from.Id, to.Id), ("Entente signée.pdf", document, "application/pdf"));
                Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
                bridgeId = await app.WithDbAsync(db => db.Bridges.Where(b => b.FromOrganisationId == from.Id).Select(b => b.Id).SingleAsync());

                // Backed up while the app runs.
                await RunAsync("backup.sh", app.Provider, app.ConnectionString, sourceData, backup);
            }

            var restored = TestDatabase.Create(source.Provider);
            await RunAsync("restore.sh", restored.Provider, restored.ConnectionString, restoredData, backup);
            await using var again = AppFactory.On(restored).WithSetting("Passerelles:DataPath", restoredData);

            var coordinator = await again.SignedInClientAsync(Coordinator, DemoData.Password);
            Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/")).StatusCode);
            var download = await (await again.SignedInClientAsync(Administrator, DemoData.Password)).GetAsync($"/bridges/{bridgeId}/evidence");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(document, await download.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            System.IO.Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Runs one of the ops scripts with the settings in the environment, as an operator would.</summary>
    private static async Task RunAsync(string script, DatabaseProvider provider, string connectionString, string dataPath, string file)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(SourceTree.Root, "ops", script), file])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = provider.ToString(),
                ["ConnectionStrings__Passerelles"] = connectionString,
                ["Passerelles__DataPath"] = dataPath,
            },
        };
        using var process = Process.Start(start)!;
        var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {await output}{await errors}");
    }
}
