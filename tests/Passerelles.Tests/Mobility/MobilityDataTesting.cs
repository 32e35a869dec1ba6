using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Mobility;

/// <summary>A placement built through the model: a student of a Québec college placed at a French host under the
/// college's LOJIQ call, with the people around it. Every name is unique to the placement.</summary>
public sealed record PlacementPeople(
    Guid PlacementId, Guid ApplicationId, Guid StudentId, HttpClient Student, HttpClient SendingCoordinator, HttpClient HostCoordinator,
    HttpClient Supervisor, HttpClient HostStaff, HttpClient Outsider, string SendingName, string Key)
{
    public string DocumentsPath => $"/mobility/placements/{PlacementId}/documents";
}

public static class MobilityDataTesting
{
    public static readonly LocalDate StartsOn = new(2026, 9, 1);
    public static readonly LocalDate EndsOn = new(2027, 1, 31);

    /// <summary>The placement, with the student's culture and the application's motivation, answer and CV.</summary>
    public static async Task<PlacementPeople> PlacementAsync(this AppFactory app, string studentCulture = "en", bool placed = true, string cvStoredName = "")
    {
        var key = Guid.NewGuid().ToString("N")[..8];
        var sending = await app.CreateOrganisationAsync($"Cégep {key}", Side.Quebec);
        var host = await app.CreateOrganisationAsync($"Hôte {key}", Side.France);
        async Task<(Guid Id, HttpClient Client)> Person(string role, Guid? organisationId, MemberRole? memberRole, string culture = "en")
        {
            var email = $"{role}.{key}@test.passerelles.org";
            var user = await app.CreateUserAsync(email, $"{role} {key}", culture);
            if (organisationId is { } id && memberRole is { } given) await app.AddMemberAsync(id, user.Id, given);
            return (user.Id, await app.SignedInClientAsync(email));
        }
        var student = await Person("student", null, null, studentCulture);
        var sendingCoordinator = await Person("college", sending.Id, MemberRole.OrganisationAdministrator);
        var hostCoordinator = await Person("host-admin", host.Id, MemberRole.OrganisationAdministrator);
        var supervisor = await Person("supervisor", host.Id, MemberRole.Coach);
        var hostStaff = await Person("host-coach", host.Id, MemberRole.Coach);
        var outsider = await Person("outsider", (await app.CreateOrganisationAsync($"Ailleurs {key}", Side.Quebec)).Id, MemberRole.OrganisationAdministrator);

        var (placementId, applicationId) = await app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme { Name = $"Stages LOJIQ {key}", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6 };
            programme.Questions.Add(new ProgrammeQuestion { ProgrammeId = programme.Id, Position = 1, Text = "Pourquoi ce stage ?" });
            var call = new MobilityCall
            {
                Title = $"Appel {key}", Programme = programme, OrganisationId = sending.Id, Deadline = Instant.FromUtc(2026, 5, 1, 0, 0),
                DeadlineZoneId = "America/Toronto", Status = PublicationStatus.Published,
            };
            var offer = new InternshipOffer
            {
                Title = $"Stage {key}", HostOrganisationId = host.Id, Call = call, Field = "Économie sociale", SupervisorId = supervisor.Id, Places = 1,
                StartsOn = StartsOn, EndsOn = EndsOn, Status = PublicationStatus.Published,
            };
            var application = new MobilityApplication
            {
                Offer = offer, ApplicantId = student.Id, SendingOrganisationId = sending.Id, BirthDate = new LocalDate(2003, 6, 14), DeclaresResidence = true,
                StartsOn = StartsOn, EndsOn = EndsOn, Motivation = "Je rêve de Tarnos depuis toujours.", CvFileName = "cv.pdf", CvContentType = "application/pdf",
                CvStoredName = cvStoredName, Status = placed ? ApplicationStatus.Accepted : ApplicationStatus.Submitted, SubmittedAt = Instant.FromUtc(2026, 3, 1, 12, 0),
                Score = 8,
            };
            application.Answers.Add(new ApplicationAnswer { ApplicationId = application.Id, QuestionId = programme.Questions[0].Id, Text = "Pour apprendre la coopération." });
            db.MobilityApplications.Add(application);
            Placement? placement = null;
            if (placed)
            {
                placement = Placement.For(application, offer, call);
                db.Placements.Add(placement);
            }
            await db.SaveChangesAsync();
            return (placement?.Id ?? Guid.Empty, application.Id);
        });
        return new PlacementPeople(placementId, applicationId, student.Id, student.Client, sendingCoordinator.Client, hostCoordinator.Client,
            supervisor.Client, hostStaff.Client, outsider.Client, sending.Name, key);
    }

    /// <summary>Posts a page's form as a browser would, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, Dictionary<string, string> values)
    {
        var page = await HtmlPage.GetAsync(client, path);
        return await page.SubmitAsync(client, "main form[method=post]", values);
    }

    public static async Task<HttpResponseMessage> UploadIdentityAsync(HttpClient client, Guid placementId, string fileName, byte[] content)
    {
        var page = await HtmlPage.GetAsync(client, $"/mobility/placements/{placementId}/documents/identity");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(content), "Input.File", fileName);
        return await client.PostAsync($"/mobility/placements/{placementId}/documents/identity", form);
    }

    public static Task<List<SensitiveDocument>> DocumentsAsync(this AppFactory app, Guid placementId) =>
        app.WithDbAsync(db => db.SensitiveDocuments.AsNoTracking().Where(d => d.PlacementId == placementId).ToListAsync());
}
