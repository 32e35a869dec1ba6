using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Json.Schema;
using Duration = NodaTime.Duration;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Infrastructure;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Requests;

namespace Passerelles.Tests.Privacy.Requests;

/// <summary>A person asks the organisation responsible for their data; its officer checks the identity, answers within
/// the law's time, and an access answer gives a package downloadable once. Refusals are pinned.</summary>
public sealed class RequestsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Kind(PrivacyRequestKind kind, string details = "") =>
        new() { ["Input.Kind"] = kind.ToString(), ["Input.Details"] = details };

    private Task<PrivacyRequest> RequestOfAsync(Guid personId) =>
        app.WithDbAsync(db => db.PrivacyRequests.AsNoTracking().SingleAsync(r => r.PersonId == personId));

    private static async Task<HttpResponseMessage> CloseAsync(HttpClient client, Guid id, string outcome, string answer = "")
    {
        var page = await HtmlPage.GetAsync(client, $"/privacy/requests/{id}");
        var values = new Dictionary<string, string> { ["Input.Outcome"] = outcome, ["Input.Answer"] = answer };
        return await page.SubmitAsync(client, "form[action*='handler=Close']", values);
    }

    [Fact]
    public async Task An_access_request_filed_from_the_account_is_answered_with_a_package_downloadable_once()
    {
        var controller = await app.ControllerAsync(Side.France);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        var filed = await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Access, "Tout ce que vous avez"));
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var request = await RequestOfAsync(person.PersonId);
        Assert.Equal((PrivacyRequestChannel.Account, PrivacyRequest.SignedInMethod, (Guid?)person.UserId), (request.Channel, request.IdentityCheckMethod, request.IdentityCheckedBy));
        Assert.Equal("Your privacy request was received", app.Mail.LastTo(person.Email).Subject);
        var mine = await HtmlPage.GetAsync(person.Client, "/me/privacy/requests");
        Assert.Equal(["right of access", controller.Organisation.Name], mine.Texts("#my-requests tbody td").Take(2));

        var list = await HtmlPage.GetAsync(controller.Officer.Client, "/privacy/requests");
        Assert.Equal(person.Name, list.Text("#requests tbody td:first-child"));
        Assert.Contains("days left", list.Text("#requests .countdown"));
        var home = await HtmlPage.GetAsync(controller.Officer.Client, "/");
        Assert.Equal("Privacy requests to answer", home.Text("#privacy-requests-heading"));
        Assert.Contains("right of access", home.Text("#privacy-requests li"));

        Assert.Equal(HttpStatusCode.Redirect, (await CloseAsync(controller.Officer.Client, request.Id, "Answered", "Voici vos données")).StatusCode);
        var mail = app.Mail.LastTo(person.Email);
        Assert.Equal("Your personal data are ready to download", mail.Subject);
        var link = new Uri(CapturingMailer.LinkIn(mail)).PathAndQuery;
        var stored = await RequestOfAsync(person.PersonId);
        Assert.Equal(PrivacyRequestStatus.Answered, stored.Status);
        Assert.DoesNotContain(stored.PackageTokenHash, link);

        var anonymous = app.CreateBrowserlikeClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var open = await HtmlPage.GetAsync(anonymous, link);
        Assert.Equal(HttpStatusCode.OK, open.Status);
        var download = await open.SubmitAsync(anonymous, "main form");
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await download.Content.ReadAsStreamAsync());
        Assert.Equal(["personal-data.json", "personal-data.pdf"], zip.Entries.Select(e => e.Name).Order());
        using var json = JsonDocument.Parse(zip.GetEntry("personal-data.json")!.Open());
        var schema = JsonSchema.FromText(await anonymous.GetStringAsync(PersonalDataPackage.SchemaAddress));
        var validation = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(validation.IsValid, string.Join("; ", validation.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal(person.Email, json.RootElement.GetProperty("person").GetProperty("email").GetString());
        using var pdf = new MemoryStream();
        await zip.GetEntry("personal-data.pdf")!.Open().CopyToAsync(pdf);
        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf.ToArray(), "--check");
        Assert.True(exitCode == 0, output);

        var reused = await HtmlPage.GetAsync(anonymous, link);
        Assert.Equal((HttpStatusCode.Gone, PackageLink.Refused), (reused.Status, reused.Text("#package-refused")));
        var forged = await HtmlPage.GetAsync(anonymous, "/privacy/packages/" + new string('A', 43));
        Assert.Equal((HttpStatusCode.Gone, PackageLink.Refused), (forged.Status, forged.Text("#package-refused")));
        Assert.Equal(1, await app.WithDbAsync(db => db.PersonalDataAccessLog.CountAsync(a => a.PersonId == person.PersonId && a.Kind == PersonalDataAccessKind.Download)));
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_the_same_message()
    {
        var controller = await app.ControllerAsync(Side.Quebec);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Portability));
        var request = await RequestOfAsync(person.PersonId);
        await CloseAsync(controller.Officer.Client, request.Id, "Answered");
        var link = new Uri(CapturingMailer.LinkIn(app.Mail.LastTo(person.Email))).PathAndQuery;
        await app.WithDbAsync(db => db.PrivacyRequests.Where(r => r.Id == request.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.PackageExpiresAt, Instant.FromDateTimeOffset(app.Clock.GetUtcNow()) - Duration.FromMinutes(1))));
        var anonymous = app.CreateBrowserlikeClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var page = await HtmlPage.GetAsync(anonymous, link);
        Assert.Equal((HttpStatusCode.Gone, PackageLink.Refused), (page.Status, page.Text("#package-refused")));
    }

    [Fact]
    public async Task Two_officers_closing_at_once_one_wins_and_the_other_sees_the_current_state()
    {
        var controller = await app.ControllerAsync(Side.France);
        var second = await MissionsTesting.PersonAsync(app, controller.Organisation.Id, MemberRole.OrganisationAdministrator);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Objection, "Prospection"));
        var request = await RequestOfAsync(person.PersonId);

        var first = await HtmlPage.GetAsync(controller.Officer.Client, $"/privacy/requests/{request.Id}");
        var other = await HtmlPage.GetAsync(second.Client, $"/privacy/requests/{request.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(controller.Officer.Client, "form[action*='handler=Close']",
            new Dictionary<string, string> { ["Input.Outcome"] = "Refused", ["Input.Answer"] = "Intérêt légitime impérieux" })).StatusCode);
        var late = await HtmlPage.FromAsync(await other.SubmitAsync(second.Client, "form[action*='handler=Close']",
            new Dictionary<string, string> { ["Input.Outcome"] = "Answered", ["Input.Answer"] = "Fait" }));
        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.Contains("This request is already closed.", late.Text("[role=alert]"));
        Assert.Equal("Refused — Intérêt légitime impérieux", late.Text("#request-status"));

        var stale = await HtmlPage.GetAsync(second.Client, $"/privacy/requests/{request.Id}");
        Assert.Empty(stale.Document.QuerySelectorAll("form[action*='handler=Close']"));
        var stored = await RequestOfAsync(person.PersonId);
        Assert.Equal((PrivacyRequestStatus.Refused, "Intérêt légitime impérieux"), (stored.Status, stored.Answer));
    }

    [Fact]
    public async Task A_close_from_a_form_shown_before_another_change_is_refused_and_shows_the_current_state()
    {
        var controller = await app.ControllerAsync(Side.France);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Rectification, "Mon nom"));
        var request = await RequestOfAsync(person.PersonId);
        var page = await HtmlPage.GetAsync(controller.Officer.Client, $"/privacy/requests/{request.Id}");
        await (await HtmlPage.GetAsync(controller.Officer.Client, $"/privacy/requests/{request.Id}"))
            .SubmitAsync(controller.Officer.Client, "form[action*='handler=Extend']", new Dictionary<string, string> { ["Input.ExtensionReason"] = "Demandes nombreuses" });
        var late = await HtmlPage.FromAsync(await page.SubmitAsync(controller.Officer.Client, "form[action*='handler=Close']",
            new Dictionary<string, string> { ["Input.Outcome"] = "Answered", ["Input.Answer"] = "Corrigé" }));
        Assert.Contains("Someone else changed this record while you were editing it.", late.Text("[role=alert]"));
        Assert.Equal("Open", late.Text("#request-status"));
        Assert.Equal(request.DueOn.PlusMonths(2), (await RequestOfAsync(person.PersonId)).DueOn);
    }

    [Fact]
    public async Task An_erasure_request_for_someone_elses_entry_is_refused_and_nothing_is_stored()
    {
        var controller = await app.ControllerAsync(Side.France);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        var other = await app.SubjectAsync(controller.Organisation.Id);
        var values = Kind(PrivacyRequestKind.Erasure);
        values["Input.PersonId"] = other.PersonId.ToString();
        var page = await person.Client.SubmitExpectingErrorsAsync("/me/privacy/requests/new", values);
        Assert.Equal(FileRequestForm.NotYours, page.FieldError("Input.PersonId"));
        Assert.Equal(0, await app.WithDbAsync(db => db.PrivacyRequests.CountAsync(r => r.PersonId == other.PersonId || r.PersonId == person.PersonId)));
    }

    [Fact]
    public async Task A_request_by_mail_waits_for_the_identity_check_and_the_person_is_told()
    {
        var controller = await app.ControllerAsync(Side.Quebec);
        var person = await app.SubjectAsync(controller.Organisation.Id, culture: "fr-CA");
        var values = new Dictionary<string, string>
        {
            ["Input.PersonId"] = person.PersonId.ToString(), ["Input.Kind"] = "Access", ["Input.ReceivedOn"] = "2026-03-02", ["Input.Details"] = "Lettre reçue",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await controller.Officer.Client.SubmitAsync("/privacy/requests/new", values)).StatusCode);
        var request = await RequestOfAsync(person.PersonId);
        Assert.Equal((PrivacyRequestChannel.Mail, new LocalDate(2026, 4, 1), false), (request.Channel, request.DueOn, request.IdentityChecked));
        Assert.Equal("Confirmez votre identité pour votre demande sur vos renseignements personnels", app.Mail.LastTo(person.Email).Subject);

        var early = await HtmlPage.FromAsync(await CloseAsync(controller.Officer.Client, request.Id, "Answered"));
        Assert.Equal(RequestModel.IdentityFirst, early.FieldError("Input.Answer"));
        var page = await HtmlPage.GetAsync(controller.Officer.Client, $"/privacy/requests/{request.Id}");
        await page.SubmitAsync(controller.Officer.Client, "form[action*='handler=Identity']", new Dictionary<string, string> { ["Input.IdentityMethod"] = "Copie du permis de conduire" });
        Assert.StartsWith("Copie du permis de conduire", (await HtmlPage.GetAsync(controller.Officer.Client, $"/privacy/requests/{request.Id}")).Text("#request-identity"));

        var future = new Dictionary<string, string>(values) { ["Input.ReceivedOn"] = "2026-04-20" };
        Assert.Equal("This day has not come yet.", (await controller.Officer.Client.SubmitExpectingErrorsAsync("/privacy/requests/new", future)).FieldError("Input.ReceivedOn"));
    }

    [Fact]
    public async Task Only_those_who_answer_for_the_controller_see_its_requests()
    {
        var controller = await app.ControllerAsync(Side.France);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Access));
        var request = await RequestOfAsync(person.PersonId);
        var coach = await MissionsTesting.PersonAsync(app, controller.Organisation.Id, MemberRole.Coach);
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.Client.GetAsync("/privacy/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coach.Client.GetAsync($"/privacy/requests/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await person.Client.GetAsync($"/privacy/requests/{request.Id}")).StatusCode);
        var other = await app.ControllerAsync(Side.France);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Officer.Client.GetAsync($"/privacy/requests/{request.Id}/erase")).StatusCode);
    }

    [Fact]
    public async Task The_API_lists_the_officers_open_requests_and_gives_the_caller_their_own_data()
    {
        var controller = await app.ControllerAsync(Side.France);
        var person = await app.SubjectAsync(controller.Organisation.Id);
        await person.Client.SubmitAsync("/me/privacy/requests/new", Kind(PrivacyRequestKind.Access));
        var request = await RequestOfAsync(person.PersonId);

        using var list = JsonDocument.Parse(await controller.Officer.Client.GetStringAsync("/api/v1/privacy/requests"));
        var item = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal((request.Id.ToString(), "Access", "2026-04-10", 31), (item.GetProperty("id").GetString(), item.GetProperty("kind").GetString(),
            item.GetProperty("dueOn").GetString(), item.GetProperty("daysLeft").GetInt32()));
        Assert.Empty(JsonDocument.Parse(await person.Client.GetStringAsync("/api/v1/privacy/requests")).RootElement.EnumerateArray());

        using var export = JsonDocument.Parse(await person.Client.GetStringAsync("/api/v1/me/export"));
        Assert.Equal(PersonalDataPackage.Format, export.RootElement.GetProperty("format").GetString());
        Assert.Equal(person.Name, export.RootElement.GetProperty("person").GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await controller.Officer.Client.GetAsync("/api/v1/me/export")).StatusCode);
    }

    [Theory]
    [InlineData("2026-01-31", false, "2026-02-28")]
    [InlineData("2028-01-31", false, "2028-02-29")]
    [InlineData("2026-03-15", false, "2026-04-15")]
    [InlineData("2026-01-31", true, "2026-04-30")]
    [InlineData("2026-12-15", true, "2027-03-15")]
    public void Under_the_GDPR_a_request_is_due_one_month_later_or_the_months_last_day(string received, bool extended, string due) =>
        Assert.Equal(LocalDate.FromDateOnly(DateOnly.Parse(due, CultureInfo.InvariantCulture)),
            RequestDeadline.Due(Side.France, LocalDate.FromDateOnly(DateOnly.Parse(received, CultureInfo.InvariantCulture)), extended));

    [Theory]
    [InlineData("2026-01-31", false, "2026-03-02")]
    [InlineData("2026-01-31", true, "2026-03-12")]
    public void In_Quebec_a_request_is_due_30_days_later_and_10_more_when_extended(string received, bool extended, string due) =>
        Assert.Equal(LocalDate.FromDateOnly(DateOnly.Parse(due, CultureInfo.InvariantCulture)),
            RequestDeadline.Due(Side.Quebec, LocalDate.FromDateOnly(DateOnly.Parse(received, CultureInfo.InvariantCulture)), extended));

    [Fact]
    public void The_days_left_count_in_the_controllers_zone()
    {
        // 23:30 in Montréal on 9 March is already 10 March in Paris.
        var now = Instant.FromUtc(2026, 3, 10, 3, 30);
        Assert.Equal(1, RequestDeadline.DaysLeft(Side.Quebec, new LocalDate(2026, 3, 10), now));
        Assert.Equal(0, RequestDeadline.DaysLeft(Side.France, new LocalDate(2026, 3, 10), now));
        Assert.Equal(-1, RequestDeadline.DaysLeft(Side.France, new LocalDate(2026, 3, 9), now));
    }
}
