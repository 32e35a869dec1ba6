using System.Net.Http.Headers;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Mobility;

/// <summary>A programme, a call, an offer and the people around them, written straight into the database: a Québec
/// college sending students, a French host with its supervisor, the Québec coordinator of the call.</summary>
public sealed record MobilityWorld(Organisation College, Organisation Host, Organisation Caller, MobilityProgramme Programme, MobilityCall Call,
    InternshipOffer Offer, MissionsTesting.Person Coordinator, MissionsTesting.Person HostCoach, MissionsTesting.Person Student)
{
    public const string Residence = "Canadian citizen or permanent resident living in Québec for at least one year";
}

public static class MobilityTesting
{
    /// <summary>A 20-year-old Québec student applying to a fixed stay from 1 September 2026 to 28 February 2027.</summary>
    public static async Task<MobilityWorld> MobilityWorldAsync(this AppFactory app, int places = 2, string studentCulture = "en",
        LocalDate? startsOn = null, LocalDate? endsOn = null, int? durationMonths = null)
    {
        var college = await app.CreateOrganisationAsync(side: Side.Quebec);
        var host = await app.CreateOrganisationAsync(side: Side.France);
        var caller = await app.CreateOrganisationAsync(side: Side.Quebec);
        var coordinator = await app.PersonAsync(caller.Id, MemberRole.OrganisationAdministrator);
        var hostCoach = await app.PersonAsync(host.Id, MemberRole.Coach);
        var student = await app.PersonAsync(college.Id, MemberRole.PartnerGuest, studentCulture);
        var fixedDates = durationMonths is null;
        var (programme, call, offer) = await app.WithDbAsync(async db =>
        {
            var programme = new MobilityProgramme
            {
                Name = "Stages LOJIQ", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6, ResidenceCondition = MobilityWorld.Residence,
                Questions = [new ProgrammeQuestion { Position = 1, Text = "Why this host?" }],
            };
            var call = new MobilityCall
            {
                Title = "Appel LOJIQ 2026", Programme = programme, OrganisationId = caller.Id, Status = PublicationStatus.Published,
                Deadline = MissionsTesting.At(new LocalDateTime(2026, 6, 30, 23, 59), TimeZones.Quebec), DeadlineZoneId = TimeZones.Quebec,
            };
            var offer = new InternshipOffer
            {
                Title = "Chargé·e de projet ESS " + Guid.NewGuid().ToString("N")[..6], HostOrganisationId = host.Id, Call = call, Field = "Social economy",
                Language = "fr", SupervisorId = hostCoach.Id, Places = places, Status = PublicationStatus.Published,
                StartsOn = fixedDates ? startsOn ?? new LocalDate(2026, 9, 1) : null, EndsOn = fixedDates ? endsOn ?? new LocalDate(2027, 2, 28) : null,
                DurationMonths = durationMonths,
            };
            db.InternshipOffers.Add(offer);
            await db.SaveChangesAsync();
            return (programme, call, offer);
        });
        return new MobilityWorld(college, host, caller, programme, call, offer, coordinator, hostCoach, student);
    }

    public static Dictionary<string, string> ApplicationFields(MobilityWorld world, string birthDate = "2006-01-15") => new()
    {
        ["Input.SendingOrganisationId"] = world.College.Id.ToString(),
        ["Input.BirthDate"] = birthDate,
        ["Input.DeclaresResidence"] = "true",
        ["Input.Motivation"] = "I want to learn how a territorial cooperation hub works.",
        [$"Input.Answers[{world.Programme.Questions[0].Id}]"] = "Its incubator.",
    };

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    /// <summary>Posts the application form as a browser does, multipart, with a CV file.</summary>
    public static async Task<HtmlPage> ApplyAsync(this HttpClient client, Guid offerId, IDictionary<string, string> fields,
        string fileName = "cv.pdf", byte[]? content = null, string? handler = null)
    {
        var page = await HtmlPage.GetAsync(client, $"/mobility/offers/{offerId}/apply");
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields) form.Add(new StringContent(value), key);
        var file = new ByteArrayContent(content ?? Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Input.Cv", fileName);
        var url = $"/mobility/offers/{offerId}/apply" + (handler is null ? "" : $"?handler={handler}");
        return await HtmlPage.FromAsync(await client.PostAsync(url, form));
    }

    public static Task<MobilityApplication> AddApplicationAsync(this AppFactory app, MobilityWorld world, Guid applicantId,
        ApplicationStatus status = ApplicationStatus.Submitted) =>
        app.WithDbAsync(async db =>
        {
            var application = new MobilityApplication
            {
                OfferId = world.Offer.Id, ApplicantId = applicantId, SendingOrganisationId = world.College.Id, BirthDate = new LocalDate(2005, 5, 5),
                DeclaresResidence = true, StartsOn = world.Offer.StartsOn!.Value, EndsOn = world.Offer.EndsOn!.Value, Motivation = "Motivated.",
                CvFileName = "cv.pdf", CvContentType = "application/pdf", CvStoredName = "", Status = status,
            };
            db.MobilityApplications.Add(application);
            await db.SaveChangesAsync();
            return application;
        });
}
