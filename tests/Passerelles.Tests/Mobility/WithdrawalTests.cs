using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

public sealed class WithdrawalTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string WithdrawPath(PlacementPeople placement) => $"/mobility/applications/{placement.ApplicationId}/withdraw";

    [Fact]
    public async Task Withdrawing_before_departure_erases_everything_but_what_the_funder_keeps()
    {
        var cvs = app.Services.GetRequiredService<CvFiles>();
        var cv = await cvs.Store.StoreAsync(Encoding.ASCII.GetBytes("%PDF-1.4 CV"));
        var placement = await app.PlacementAsync(cvStoredName: cv);
        await MobilityDataTesting.SubmitAsync(placement.Student, $"{placement.DocumentsPath}/health", new() { ["Input.Allergies"] = "Arachides" });
        await MobilityDataTesting.UploadIdentityAsync(placement.Student, placement.PlacementId, "passeport.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 passeport"));
        var identity = (await app.DocumentsAsync(placement.PlacementId)).Single(d => d.Kind == DocumentKind.IdentityDocument).StoredName;

        var account = await HtmlPage.GetAsync(placement.Student, MyMobilityDataModel.Path);
        Assert.NotNull(account.Document.QuerySelector($"a[href='{WithdrawPath(placement)}']"));
        var confirmation = await HtmlPage.GetAsync(placement.Student, WithdrawPath(placement));
        Assert.Equal(HttpStatusCode.OK, confirmation.Status);
        Assert.Equal(Withdrawal.Kept, confirmation.Texts("ul.kept li"));
        var response = await confirmation.SubmitAsync(placement.Student, "main form[method=post]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MyMobilityDataModel.Path, response.Headers.Location!.OriginalString);

        var (application, answers, status) = await app.WithDbAsync(async db => (
            await db.MobilityApplications.AsNoTracking().Include(a => a.Offer).SingleAsync(a => a.Id == placement.ApplicationId),
            await db.ApplicationAnswers.CountAsync(a => a.ApplicationId == placement.ApplicationId),
            await db.Placements.Where(p => p.Id == placement.PlacementId).Select(p => p.Status).SingleAsync()));
        // Gone:
        Assert.Equal("", application.Motivation);
        Assert.Equal(0, answers);
        Assert.Equal(("", "", ""), (application.CvStoredName, application.CvFileName, application.CvContentType));
        Assert.Null(application.Score);
        Assert.False(application.DeclaresResidence);
        Assert.Empty(await app.DocumentsAsync(placement.PlacementId));
        Assert.Null(await cvs.Store.OpenAsync(cv));
        Assert.Null(await app.Services.GetRequiredService<SensitiveDocuments>().Store.OpenAsync(identity));
        // Kept for the funder:
        Assert.Equal(new LocalDate(2003, 1, 1), application.BirthDate);
        Assert.Equal($"Stage {placement.Key}", application.Offer.Title);
        Assert.Equal((MobilityDataTesting.StartsOn, MobilityDataTesting.EndsOn), (application.StartsOn, application.EndsOn));
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 12, 0), application.SubmittedAt);
        Assert.Equal((ApplicationStatus.Withdrawn, PlacementStatus.Withdrawn), (application.Status, status));

        var destructions = await app.WithDbAsync(db => db.DocumentDestructions.AsNoTracking().Where(d => d.ApplicationId == placement.ApplicationId).ToListAsync());
        Assert.Equal([DocumentKind.IdentityDocument, DocumentKind.HealthInformation, DocumentKind.Cv], destructions.Select(d => d.Kind).Order());
        Assert.All(destructions, d => Assert.Equal(DestructionReason.Withdrawal, d.Reason));
        var documents = await HtmlPage.GetAsync(placement.SendingCoordinator, placement.DocumentsPath);
        Assert.StartsWith("Erased on ", documents.Texts("tbody tr td:first-of-type")[0]);
        Assert.Equal(HttpStatusCode.OK, (await placement.Student.GetAsync(placement.DocumentsPath)).StatusCode);
        var again = await HtmlPage.GetAsync(placement.Student, WithdrawPath(placement));
        Assert.Contains("This application can no longer be withdrawn.", again.Text("main"));
    }

    [Fact]
    public async Task After_departure_the_student_can_no_longer_withdraw_and_nothing_is_erased()
    {
        var placement = await app.PlacementAsync();
        await app.WithDbAsync(db => db.Placements.Where(p => p.Id == placement.PlacementId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StartsOn, new LocalDate(2026, 3, 9))));

        var confirmation = await HtmlPage.GetAsync(placement.Student, WithdrawPath(placement));
        Assert.Equal(HttpStatusCode.OK, confirmation.Status);
        Assert.Null(confirmation.Document.QuerySelector("main form[method=post]"));
        Assert.Contains("This application can no longer be withdrawn.", confirmation.Text("main"));
        var token = await Security.SweepRoutes.AntiforgeryTokenAsync(placement.Student);
        var response = await placement.Student.PostAsync(WithdrawPath(placement), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var application = await app.WithDbAsync(db => db.MobilityApplications.AsNoTracking().SingleAsync(a => a.Id == placement.ApplicationId));
        Assert.Equal(("Je rêve de Tarnos depuis toujours.", ApplicationStatus.Accepted), (application.Motivation, application.Status));
    }

    [Fact]
    public async Task Only_the_applicant_withdraws_those_who_know_the_placement_are_refused_and_others_learn_nothing()
    {
        var placement = await app.PlacementAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await placement.SendingCoordinator.GetAsync(WithdrawPath(placement))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await placement.Supervisor.GetAsync(WithdrawPath(placement))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await placement.Outsider.GetAsync(WithdrawPath(placement))).StatusCode);
        var token = await Security.SweepRoutes.AntiforgeryTokenAsync(placement.HostCoordinator);
        var post = await placement.HostCoordinator.PostAsync(WithdrawPath(placement), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(ApplicationStatus.Accepted, await app.WithDbAsync(db => db.MobilityApplications.Where(a => a.Id == placement.ApplicationId).Select(a => a.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("fr-CA", "Ce que les règles du bailleur de fonds obligent à conserver")]
    [InlineData("fr-FR", "Ce que les règles du financeur obligent à conserver")]
    [InlineData("en", "What the funder's rules require to keep")]
    public async Task The_confirmation_lists_what_is_kept_in_the_applicants_language(string culture, string heading)
    {
        var placement = await app.PlacementAsync(culture);
        var page = await HtmlPage.GetAsync(placement.Student, WithdrawPath(placement));
        Assert.Equal(heading, page.Texts("main h2")[1]);
        Assert.Equal(Withdrawal.Kept.Count, page.Texts("ul.kept li").Count);
        if (culture != "en")
        {
            var leaks = EnglishLeaks.Find(page.Html, [$"Stage {placement.Key}", $"student {placement.Key}"]);
            Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        }
    }
}
