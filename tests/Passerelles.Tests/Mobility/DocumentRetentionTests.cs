using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>The retention job, run by two app instances on one database and one data folder at the same moment.</summary>
public sealed class DocumentRetentionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<int> RunAsync(AppFactory instance)
    {
        await using var scope = instance.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DocumentRetention>().DestroyExpiredAsync();
    }

    /// <summary>Both instances run the job twice, all four runs at once; the number of documents they destroyed.</summary>
    private static async Task<int> RunTogetherAsync(AppFactory first, AppFactory second, DateTimeOffset at)
    {
        first.Clock.SetUtcNow(at);
        second.Clock.SetUtcNow(at);
        return (await Task.WhenAll(RunAsync(first), RunAsync(second), RunAsync(first), RunAsync(second))).Sum();
    }

    private AppFactory SecondInstance() =>
        new AppFactory()
            .WithSetting("ConnectionStrings:Passerelles", app.ConnectionString)
            .WithSetting("Passerelles:DataPath", app.Services.GetRequiredService<IConfiguration>()["Passerelles:DataPath"]);

    private Task<List<DocumentDestruction>> DestructionsAsync(Guid applicationId) =>
        app.WithDbAsync(db => db.DocumentDestructions.AsNoTracking().Where(d => d.ApplicationId == applicationId).ToListAsync());

    [Fact]
    public async Task Two_instances_destroy_each_expired_document_exactly_once_and_log_it_once_without_its_content()
    {
        var placement = await app.PlacementAsync();
        await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/health", new() { ["Input.Allergies"] = "Arachides" });
        await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/emergency-contact", new()
        {
            ["Input.Name"] = "Josée Tremblay", ["Input.Relation"] = "Mère", ["Input.Phone"] = "+1 450 555 0199",
        });
        await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, "passeport.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]);
        var identity = (await app.DocumentsAsync(placement.PlacementId)).Single(d => d.Kind == DocumentKind.IdentityDocument);
        var files = app.Services.GetRequiredService<SensitiveDocuments>().Store;
        Assert.True(await files.ExistsAsync(identity.StoredName));
        await using var second = SecondInstance();

        // The placement ends on 31 January 2027: health information goes the day after, the others 30 days later.
        Assert.Equal(0, await RunTogetherAsync(app, second, new DateTimeOffset(2027, 1, 31, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(1, await RunTogetherAsync(app, second, new DateTimeOffset(2027, 2, 1, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal([DocumentKind.IdentityDocument, DocumentKind.EmergencyContact],
            (await app.DocumentsAsync(placement.PlacementId)).Select(d => d.Kind).Order());
        Assert.Equal(0, await RunTogetherAsync(app, second, new DateTimeOffset(2027, 3, 2, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(2, await RunTogetherAsync(app, second, new DateTimeOffset(2027, 3, 3, 1, 0, 0, TimeSpan.Zero)));

        Assert.Empty(await app.DocumentsAsync(placement.PlacementId));
        Assert.False(await files.ExistsAsync(identity.StoredName));
        var destructions = await DestructionsAsync(placement.ApplicationId);
        Assert.Equal([DocumentKind.IdentityDocument, DocumentKind.HealthInformation, DocumentKind.EmergencyContact], destructions.Select(d => d.Kind).Order());
        Assert.All(destructions, d => Assert.Equal(DestructionReason.Retention, d.Reason));
        Assert.Equal(Instant.FromUtc(2027, 2, 1, 1, 0), destructions.Single(d => d.Kind == DocumentKind.HealthInformation).At);

        var page = await HtmlPage.GetAsync(placement.HostCoordinator, placement.DocumentsPath);
        Assert.All(page.Texts("tbody tr td:first-of-type"), state => Assert.StartsWith("Destroyed on ", state));
        Assert.DoesNotContain("Arachides", page.Html);
    }

    [Fact]
    public async Task The_CV_of_a_declined_application_is_destroyed_six_months_after_the_decision_once()
    {
        var cvs = app.Services.GetRequiredService<CvFiles>();
        var stored = await cvs.Store.StoreAsync(Encoding.ASCII.GetBytes("%PDF-1.4 CV de Camille"));
        var applicant = await app.PlacementAsync(placed: false, cvStoredName: stored);
        await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.Id == applicant.ApplicationId).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, ApplicationStatus.Declined).SetProperty(a => a.DecidedAt, Instant.FromUtc(2026, 3, 10, 15, 0))));
        await using var second = SecondInstance();

        Assert.Equal(0, await RunTogetherAsync(app, second, new DateTimeOffset(2026, 9, 10, 23, 0, 0, TimeSpan.Zero)));
        await using (var kept = await cvs.Store.OpenAsync(stored)) Assert.NotNull(kept);
        Assert.Equal(1, await RunTogetherAsync(app, second, new DateTimeOffset(2026, 9, 11, 1, 0, 0, TimeSpan.Zero)));

        Assert.Null(await cvs.Store.OpenAsync(stored));
        var application = await app.WithDbAsync(db => db.MobilityApplications.AsNoTracking().SingleAsync(a => a.Id == applicant.ApplicationId));
        Assert.Equal(("", "", ""), (application.CvStoredName, application.CvFileName, application.CvContentType));
        Assert.Equal(DocumentKind.Cv, Assert.Single(await DestructionsAsync(applicant.ApplicationId)).Kind);
    }
}
