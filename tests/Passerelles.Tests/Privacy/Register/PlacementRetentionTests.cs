using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Missions;
using Passerelles.Tests.Mobility;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Mobility;
using Passerelles.Web.Features.Parity;
using Passerelles.Web.Features.Projects;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>Mobility placements are kept 24 months after the end of the stay (the app's clock says 10 March 2026): the
/// stay that ended in May 2023 loses its personal data, the one that ended in May 2025 stays untouched. The indicators
/// count past placements, so the placement and its application stay with what they count, without the student's
/// account.</summary>
public sealed class PlacementRetentionTests
{
    private sealed record Held(string Motivation, string Cv, LocalDate BirthDate, int Answers, int Documents, int Checklist, int Incidents, int Stays, int StayNotes,
        int Housing, int HousingMessages, int Contracts, int Invitations);

    private static async Task<PlacementTesting.World> PlacementAsync(AppFactory app, LocalDate startsOn, RetentionAction action)
    {
        var world = await app.PlacementWorldAsync(startsOn, startsOn.PlusMonths(4));
        var (cv, document) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        await app.StoreFileAsync("mobility-cvs", cv, "CV");
        await app.StoreFileAsync("placement-documents", document, "Passeport");
        await app.RegisterAsync(ProcessingPurposes.Mobility, action, world.SendingId);
        await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.Include(p => p.Application).ThenInclude(a => a.Offer).SingleAsync(p => p.Id == world.PlacementId);
            placement.Application.CvStoredName = cv;
            placement.Application.CvFileName = "cv.pdf";
            placement.Application.DecisionMessage = "Bienvenue";
            db.SensitiveDocuments.Add(new SensitiveDocument { PlacementId = placement.Id, Kind = DocumentKind.IdentityDocument, Protected = "chiffré", StoredName = document, SavedAt = Instant.FromUtc(2023, 1, 5, 12, 0) });
            db.ChecklistItems.Add(new ChecklistItem { PlacementId = placement.Id, Kind = ChecklistItemKind.Visa, DueOn = startsOn.PlusDays(-30) });
            db.PlacementIncidents.Add(new PlacementIncident { PlacementId = placement.Id, OccurredOn = startsOn.PlusDays(10), Summary = "Malaise", ConfidentialNote = "Santé" });
            db.PlacementStays.Add(new PlacementStay { PlacementId = placement.Id, ArrivedOn = startsOn, CheckInNotes = "Arrivée fatiguée", StudentRating = 5, StudentLearned = "Beaucoup" });
            var residence = new Residence { Name = "Résidence Tarnos", OrganisationId = world.HostId, Address = "1 rue de l'Océan", City = "Tarnos" };
            var request = new HousingRequest { PlacementId = placement.Id, Residence = residence, From = startsOn, Until = startsOn.PlusMonths(4), Status = HousingRequestStatus.Accepted,
                Message = "Je suis allergique aux chats", RequestedAt = Instant.FromUtc(2022, 12, 1, 12, 0), RequestedById = world.Student.Id };
            db.AddRange(residence, request, new OccupancyContract { HousingRequest = request, StartsOn = request.From, EndsOn = request.Until, Text = "Contrat de l'étudiante", TextSha256 = new string('d', 64) });
            db.StudentInvitations.Add(new StudentInvitation { SendingOrganisationId = world.SendingId, CallId = placement.Application.Offer.CallId, Name = "Étudiante", Email = "etudiante@example.org",
                InvitedById = world.Coordinator.Id, TokenHash = Guid.NewGuid().ToString("N"), SentAt = Instant.FromUtc(2022, 11, 1, 12, 0), ExpiresAt = Instant.FromUtc(2022, 12, 1, 12, 0),
                AcceptedAt = Instant.FromUtc(2022, 11, 2, 12, 0), AcceptedById = world.Student.Id });
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static Task<Held> HeldAsync(AppFactory app, Guid placement) => app.WithDbAsync(async db =>
    {
        var application = await db.Placements.Where(p => p.Id == placement).Select(p => p.Application).AsNoTracking().SingleAsync();
        return new Held(application.Motivation, application.CvStoredName, application.BirthDate, await db.ApplicationAnswers.CountAsync(a => a.ApplicationId == application.Id),
            await db.SensitiveDocuments.CountAsync(d => d.PlacementId == placement), await db.ChecklistItems.CountAsync(i => i.PlacementId == placement),
            await db.PlacementIncidents.CountAsync(i => i.PlacementId == placement), await db.PlacementStays.CountAsync(s => s.PlacementId == placement),
            await db.PlacementStays.CountAsync(s => s.PlacementId == placement && s.CheckInNotes != ""),
            await db.HousingRequests.CountAsync(r => r.PlacementId == placement), await db.HousingRequests.CountAsync(r => r.PlacementId == placement && r.Message != ""),
            await db.OccupancyContracts.CountAsync(c => c.HousingRequest.PlacementId == placement),
            await db.StudentInvitations.CountAsync(i => db.Placements.Any(p => p.Id == placement && i.AcceptedById == p.StudentId)));
    });

    [Theory]
    [InlineData(RetentionAction.Destroy)]
    [InlineData(RetentionAction.Anonymise)]
    public async Task A_placement_past_its_period_loses_its_personal_data_and_a_recent_one_stays(RetentionAction action)
    {
        await using var app = new AppFactory();
        var old = await PlacementAsync(app, new LocalDate(2023, 2, 1), action);
        var fresh = await PlacementAsync(app, new LocalDate(2025, 1, 15), action);
        var before = await HeldAsync(app, fresh.PlacementId);
        Assert.Equal(1, await app.DueAsync(RetainedRecord.Placement, old.SendingId));
        Assert.Equal(0, await app.DueAsync(RetainedRecord.Placement, fresh.SendingId));

        Assert.True(await app.RunRetentionAsync());

        Assert.Equal(0, await app.DueAsync(RetainedRecord.Placement, old.SendingId));
        Assert.Equal(before, await HeldAsync(app, fresh.PlacementId));
        Assert.Equal(1, await app.StoredFileCountAsync("mobility-cvs"));
        Assert.Equal(1, await app.StoredFileCountAsync("placement-documents"));
        var stays = action == RetentionAction.Destroy ? 0 : 1;
        Assert.Equal(new Held("", "", new LocalDate(2003, 1, 1), 0, 0, 0, 0, stays, 0, 1, 0, 0, 0), await HeldAsync(app, old.PlacementId));
        // What the indicators count stays: the placement, its programme and dates, its housing (residence nights).
        var placement = await app.PlacementAsync(old.PlacementId);
        Assert.Equal((new LocalDate(2023, 2, 1), old.ProgrammeId), (placement.StartsOn, placement.ProgrammeId));
        Assert.Equal(2, await app.CountAsync<DocumentDestruction>(d => d.Reason == DestructionReason.Retention));
    }

    /// <summary>Adds placements on the world's offer, one per gender, each student having declared it on their account
    /// and on their application, as the application form does.</summary>
    private static async Task AddClassmatesAsync(AppFactory app, PlacementTesting.World world, params SelfDeclaredGender[] genders)
    {
        foreach (var gender in genders)
        {
            var student = await app.PersonAsync();
            await app.WithDbAsync(async db =>
            {
                var first = await db.Placements.Include(p => p.Application).ThenInclude(a => a.Offer).ThenInclude(o => o.Call)
                    .AsNoTracking().SingleAsync(p => p.Id == world.PlacementId);
                var application = new MobilityApplication
                {
                    OfferId = first.Application.OfferId, ApplicantId = student.Id, SendingOrganisationId = world.SendingId, BirthDate = new LocalDate(2002, 8, 9),
                    DeclaresResidence = true, StartsOn = first.StartsOn, EndsOn = first.EndsOn, Motivation = "Découvrir", Status = ApplicationStatus.Accepted,
                    SubmittedAt = Instant.FromUtc(2022, 10, 1, 12, 0), Gender = gender,
                };
                db.MobilityApplications.Add(application);
                await db.SaveChangesAsync();
                db.Placements.Add(Placement.For(application, first.Application.Offer, first.Application.Offer.Call));
                (await db.Users.SingleAsync(u => u.Id == student.Id)).Gender = gender;
                await db.SaveChangesAsync();
            });
        }
    }

    private static Task<ParityArithmetic.Published> MobilityParityAsync(AppFactory app, Guid organisationId) => app.WithDbAsync(async db =>
        (await ParityFigures.ComputeAsync(db, organisationId, new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)))
        .Single(g => g.Role == ParityFigures.Role.MobilityParticipants).Figures);

    [Fact]
    public async Task An_anonymised_placement_no_longer_names_its_student_and_still_counts_in_parity()
    {
        await using var app = new AppFactory();
        var old = await PlacementAsync(app, new LocalDate(2023, 2, 1), RetentionAction.Anonymise);
        await AddClassmatesAsync(app, old, SelfDeclaredGender.Woman, SelfDeclaredGender.Woman, SelfDeclaredGender.Man, SelfDeclaredGender.Man, SelfDeclaredGender.Man);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == old.Student.Id)).Gender = SelfDeclaredGender.Woman;
            (await db.MobilityApplications.SingleAsync(a => a.ApplicantId == old.Student.Id)).Gender = SelfDeclaredGender.Woman;
            await db.SaveChangesAsync();
        });
        var parity = await MobilityParityAsync(app, old.SendingId);
        Assert.Equal((6, 3, 3), (parity.Size, parity.Of(ParityArithmetic.Answer.Women)?.Count, parity.Of(ParityArithmetic.Answer.Men)?.Count));
        Assert.Equal(6, await app.DueAsync(RetainedRecord.Placement, old.SendingId));

        Assert.True(await app.RunRetentionAsync());

        Assert.Equal(0, await app.DueAsync(RetainedRecord.Placement, old.SendingId));
        var linked = await app.WithDbAsync(db => db.Placements.Where(p => p.SendingOrganisationId == old.SendingId)
            .CountAsync(p => p.StudentId != null || p.Application.ApplicantId != null));
        Assert.Equal(0, linked);
        // Parity counts the same six people by the genders kept on their applications.
        Assert.Equal(parity, await MobilityParityAsync(app, old.SendingId), new PublishedComparer());

        // The student no longer finds the placement or the application; the coordinator sees them without the name.
        var applicationId = await app.WithDbAsync(db => db.Placements.Where(p => p.Id == old.PlacementId).Select(p => p.ApplicationId).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await old.Student.Client.GetAsync(old.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await old.Student.Client.GetAsync($"/mobility/applications/{applicationId}")).StatusCode);
        var page = await HtmlPage.GetAsync(old.Coordinator.Client, old.Page);
        Assert.Equal("Placement of —", page.Text("h1"));
        Assert.Equal("The personal data of this placement were anonymised at the end of their retention period; only anonymous counts remain.",
            page.Text("#placement-anonymised"));
        var application = await HtmlPage.GetAsync(old.Coordinator.Client, $"/mobility/applications/{applicationId}");
        Assert.Equal("Application of — to Stage en animation de tiers-lieu", application.Text("h1"));
        Assert.Equal("Destroyed", application.Text("#cv-destroyed"));
        var list = await HtmlPage.GetAsync(old.Coordinator.Client, "/mobility/placements");
        Assert.Equal(6, list.Texts("tbody th[scope=row] a").Count(name => name == "—"));
        // Opening the placement's page does not make its departure checklist again: nothing is due a second time.
        Assert.Equal(0, await app.CountAsync<ChecklistItem>(i => i.PlacementId == old.PlacementId));
        Assert.Equal(0, await app.DueAsync(RetainedRecord.Placement, old.SendingId));
    }

    private sealed class PublishedComparer : IEqualityComparer<ParityArithmetic.Published>
    {
        public bool Equals(ParityArithmetic.Published? x, ParityArithmetic.Published? y) =>
            x is not null && y is not null && x.Size == y.Size && x.Suppression == y.Suppression && x.Cells.SequenceEqual(y.Cells);

        public int GetHashCode(ParityArithmetic.Published obj) => obj.Size ?? 0;
    }
}
