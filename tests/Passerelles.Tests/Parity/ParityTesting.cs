using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Parity;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Parity;

/// <summary>Governing bodies and people's answers written straight into the database.</summary>
public static class ParityTesting
{
    public static Task<GoverningBody> BodyAsync(this AppFactory app, Guid organisationId, string name, GoverningBodyKind kind = GoverningBodyKind.Board) =>
        app.WithDbAsync(async db =>
        {
            var body = new GoverningBody { OrganisationId = organisationId, Name = name, Kind = kind };
            db.GoverningBodies.Add(body);
            await db.SaveChangesAsync();
            return body;
        });

    /// <summary>One new account per answer, each seated on the body from <paramref name="from"/> until <paramref name="until"/>.</summary>
    public static async Task<List<Guid>> SeatAsync(this AppFactory app, Guid bodyId, LocalDate from, LocalDate? until, params SelfDeclaredGender?[] answers)
    {
        var users = new List<Guid>();
        foreach (var answer in answers)
        {
            var user = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org");
            users.Add(user.Id);
            await app.WithDbAsync(async db =>
            {
                await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Gender, answer));
                db.GoverningBodyMembers.Add(new GoverningBodyMember { BodyId = bodyId, UserId = user.Id, From = from, Until = until, Role = "Administratrice" });
                await db.SaveChangesAsync();
            });
        }
        return users;
    }
}
