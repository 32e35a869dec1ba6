using Passerelles.Web.Features.Privacy.Requests;

namespace Passerelles.Web.Data;

/// <summary>An open access request from Amaia Lafitte, project holder at Le Tube à ESS'ai, filed from her account and
/// due in 12 days: the PTCE's DPO (whose carrier administrators answer for the Tube) sees it counting down.
/// Development only.</summary>
public static class DemoPrivacyRequests
{
    public const string Applicant = "porteur@demo.passerelles.org";
    public const int DaysLeft = 12;

    public static async Task EnsureAsync(AppDbContext db, Instant now)
    {
        var user = await db.Users.Where(u => u.Email == Applicant).Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync();
        var tube = await db.Organisations.Where(o => o.Name == "Le Tube à ESS'ai").Select(o => new { o.Id, o.Side }).SingleOrDefaultAsync();
        if (user is null || tube is null) return;
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == user.Id);
        if (person is null)
        {
            person = new Person
            {
                DisplayName = user.DisplayName, Email = Applicant, UserId = user.Id, ControllerOrganisationId = tube.Id, TimeZoneId = TimeZones.France, Languages = "fr-FR",
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
        }
        if (await db.PrivacyRequests.AnyAsync(r => r.PersonId == person.Id)) return;

        // The day of receipt whose month of answer ends 12 days from today, in Paris.
        var due = RequestDeadline.ReceivedOn(tube.Side, now).PlusDays(DaysLeft);
        var received = Enumerable.Range(-3, 7).Select(d => due.PlusMonths(-1).PlusDays(d))
            .First(day => RequestDeadline.Due(tube.Side, day, extended: false) == due);
        var receivedAt = received.At(new LocalTime(9, 40)).InZoneLeniently(TimeZones.Get(RequestDeadline.ZoneOf(tube.Side))).ToInstant();
        db.PrivacyRequests.Add(PrivacyRequest.Receive(person.Id, person.ControllerOrganisationId, tube.Side, PrivacyRequestKind.Access,
            "Je souhaite recevoir une copie de toutes les données que vous détenez sur moi, y compris les notes d'accompagnement.",
            PrivacyRequestChannel.Account, receivedAt, user.Id));
        await db.SaveChangesAsync();
    }
}
