using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Passerelles.Tests.Security;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.People;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Requests;
using Passerelles.Web.Infrastructure.Files;

namespace Passerelles.Tests.Privacy.Requests;

/// <summary>The test the privacy issue asks for: one person present in every feature (the sweep's world, where the
/// project member of Québec 1 is in a project team, a coaching action, a circle, a mission's delegation, an event's
/// programme, a mobility application…, plus their name typed into notes and an incident's list), exported, then
/// erased; afterwards no text column of any table holds their name, e-mail or phone.</summary>
public sealed class ErasureAcrossFeaturesTests
{
    private const string Phone = "+1 450 555 0199 x8841";

    [Fact]
    public async Task A_person_in_every_feature_is_exported_whole_and_after_erasure_nothing_identifying_remains()
    {
        await using var app = new SweepApp();
        var world = await app.WorldAsync();
        var team = world.Teams.Single(t => t.Name == "Québec 1");
        var (name, email) = ($"member {team.Name}", team.ProjectMember.Email);
        var personId = await app.WithDbAsync(async db =>
        {
            var person = new Person { DisplayName = name, Email = email, Phone = Phone, UserId = team.ProjectMember.UserId, ControllerOrganisationId = team.IncubatorId };
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = team.IncubatorId, Title = "Porteuse de projet" });
            db.People.Add(person);
            db.Consents.Add(person.GiveConsent(Consent.DirectoryListing, Consent.DirectoryListingVersion, Instant.FromUtc(2026, 1, 5, 10, 0), null)!);
            db.PersonalDataAccessLog.Add(PersonalDataAccess.Read(team.Administrator.UserId, person.Id, Instant.FromUtc(2026, 2, 1, 10, 0)));
            db.PrivacyRequests.Add(PrivacyRequest.Receive(person.Id, team.IncubatorId, Side.Quebec, PrivacyRequestKind.Erasure,
                $"Effacez tout, {name}, {Phone}", PrivacyRequestChannel.Account, Instant.FromUtc(2026, 3, 1, 10, 0), team.ProjectMember.UserId));
            var visit = await db.ItineraryItems.Where(i => i.Kind == ItineraryKind.Visit).Select(i => i.Id).FirstAsync();
            var met = new PersonMet { ItemId = visit, PersonId = person.Id, AddedAt = Instant.FromUtc(2026, 2, 2, 10, 0) };
            met.RecordPhotoConsent(true, Instant.FromUtc(2026, 2, 2, 10, 0), team.Administrator.UserId);
            db.PeopleMet.Add(met);
            // Two photos of the visit: one shows the person, the other does not.
            foreach (var (title, shown) in new[] { ("Photo avec elle", true), ("Photo du lieu", false) })
            {
                var photo = new VisitFile { ItemId = visit, Title = title, FileName = "photo.jpg", ContentType = "image/jpeg", Size = 4,
                    StoredName = $"{Guid.NewGuid():N}", AddedById = team.Administrator.UserId, AddedAt = met.AddedAt, PeopleShown = shown ? 1 : 0 };
                db.VisitFiles.Add(photo);
                if (shown) db.VisitPhotoPeople.Add(new VisitPhotoPerson { FileId = photo.Id, PersonMetId = met.Id });
            }
            await db.SaveChangesAsync();
            await db.Users.Where(u => u.Id == team.ProjectMember.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PhoneNumber, Phone));
            await db.CoachingSessions.ExecuteUpdateAsync(s => s.SetProperty(c => c.Notes, $"Échange avec {name} ({Phone}, {email}) sur le plan d'affaires."));
            await db.PrivacyIncidents.ExecuteUpdateAsync(s => s.SetProperty(i => i.PeopleAffected, $"{name}\nAutre personne"));
            return person.Id;
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var document = await scope.ServiceProvider.GetRequiredService<PersonalDataPackage>().BuildAsync(personId);
            using var json = JsonDocument.Parse(PersonalDataPackage.Json(document));
            var kinds = json.RootElement.GetProperty("features").EnumerateArray()
                .SelectMany(f => f.GetProperty("records").EnumerateArray().Select(r => $"{f.GetProperty("feature").GetString()}/{r.GetProperty("kind").GetString()}"))
                .ToHashSet();
            string[] expected =
            [
                "People/Person", "People/PersonRole", "People/Consent", "Account/AppUser", "Organisations/Membership", "Projects/ProjectMember",
                "Projects/CoachingSession", "Circles/CircleMember", "Missions/MissionMember", "Missions/PersonMet", "Mobility/MobilityApplication",
                "Privacy/PersonalDataAccess", "Privacy/PrivacyIncident", "Privacy/PrivacyRequest",
            ];
            Assert.Equal([], expected.Where(k => !kinds.Contains(k)).ToList());
        }

        var photos = await app.WithDbAsync(db => db.VisitFiles.Where(f => f.Title.StartsWith("Photo ")).ToDictionaryAsync(f => f.Title, f => f.StoredName));
        foreach (var stored in photos.Values) await app.StoreFileAsync("mission-files", stored, "jpeg");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var erasure = scope.ServiceProvider.GetRequiredService<PersonErasure>();
            var preview = await erasure.PreviewAsync(personId);
            Assert.Contains(preview, l => l.Feature == "Privacy" && l.Outcome == PersonErasure.Outcome.Kept);
            Assert.Contains(new PersonErasure.Line("Missions", 1, PersonErasure.Outcome.Removed, PersonErasure.PhotosReason), preview);
            Assert.True(await erasure.EraseAsync(personId) > 0);
        }

        var remaining = await app.WithDbAsync(db => ColumnsHoldingAsync(db, [name, email, Phone, Organisation.SearchKey(name)]));
        Assert.Empty(remaining);
        Assert.Equal(1, await app.WithDbAsync(db => db.PersonalDataAccessLog.CountAsync(a => a.PersonId == personId)));
        // The photo that showed the person is gone with its file; the other stays.
        Assert.Equal(["Photo du lieu"], await app.WithDbAsync(db => db.VisitFiles.Where(f => f.Title.StartsWith("Photo ")).Select(f => f.Title).ToListAsync()));
        var store = app.Services.GetRequiredService<IFileStore>();
        Assert.False(await store.ExistsAsync("mission-files", photos["Photo avec elle"]));
        Assert.True(await store.ExistsAsync("mission-files", photos["Photo du lieu"]));
    }

    /// <summary>Every text column of every table of the model, read with SQL of its own, that still holds one of the
    /// values (case aside), as "table.column: value".</summary>
    private static async Task<IReadOnlyList<string>> ColumnsHoldingAsync(AppDbContext db, IReadOnlyList<string> values)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in db.Model.GetRelationalModel().Tables)
            foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(string)))
                foreach (var value in values)
                {
                    await using var command = connection.CreateCommand();
                    var name = sql.DelimitIdentifier(column.Name);
                    command.CommandText = $"SELECT COUNT(*) FROM {sql.DelimitIdentifier(table.Name)} WHERE LOWER({name}) LIKE @value";
                    var parameter = command.CreateParameter();
                    (parameter.ParameterName, parameter.Value) = ("@value", "%" + value.ToLowerInvariant() + "%");
                    command.Parameters.Add(parameter);
                    if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0)
                        found.Add($"{table.Name}.{column.Name}: {value}");
                }
        return found;
    }
}
