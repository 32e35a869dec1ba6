
namespace Passerelles.Web.Data;

/// <summary>The boards of CERESO and of the CBE du Seignanx, with their seats since their 2023 general meetings, and
/// the PTCE's steering committee; and the genders some demo people declared on their accounts, so that the parity
/// page has bars to show (the steering committee, of four, is not shown). Board members are people of the directory,
/// each with an account of their own (without a password) where they declared their gender. Development only.</summary>
public static class DemoParity
{
    private sealed record Seat(string Name, string Role, SelfDeclaredGender? Gender, LocalDate From, LocalDate? Until = null, string? AccountEmail = null);

    private static readonly LocalDate CeresoMeeting = new(2023, 6, 15);
    private static readonly LocalDate CbeMeeting = new(2023, 4, 12);

    private static readonly Seat[] CeresoBoard =
    [
        new("Louise Champagne", "Présidente", SelfDeclaredGender.Woman, CeresoMeeting),
        new("Richard Lavallée", "Vice-président", SelfDeclaredGender.Man, CeresoMeeting),
        new("Nathalie Beaudoin", "Trésorière", SelfDeclaredGender.Woman, CeresoMeeting),
        new("Jean-François Morin", "Secrétaire", SelfDeclaredGender.Man, CeresoMeeting),
        new("Patrick Ménard", "Administrateur", SelfDeclaredGender.Man, CeresoMeeting),
        new("Chantal Desrosiers", "Administratrice", SelfDeclaredGender.Woman, CeresoMeeting, new LocalDate(2024, 6, 19)),
        new("Samuel Bélanger", "Administrateur", SelfDeclaredGender.Man, new LocalDate(2024, 6, 19)),
        new("Sasha Côté", "Administrateur·rice, représentant·e étudiant·e", SelfDeclaredGender.NonBinary, CeresoMeeting),
        new("Émilie Arsenault", "Représentante du Cégep régional de Lanaudière", SelfDeclaredGender.Woman, CeresoMeeting, AccountEmail: "international.cegep@demo.passerelles.org"),
        new("Geneviève Gagnon", "Directrice générale (sans droit de vote)", SelfDeclaredGender.Woman, CeresoMeeting, AccountEmail: "direction.cereso@demo.passerelles.org"),
    ];

    private static readonly Seat[] CbeBoard =
    [
        new("Jean-Marc Larrieu", "Président", SelfDeclaredGender.Man, CbeMeeting),
        new("Hélène Dufau", "Vice-présidente", SelfDeclaredGender.Woman, CbeMeeting),
        new("Bernard Lacoste", "Trésorier", SelfDeclaredGender.Man, CbeMeeting),
        new("Marie Etchart", "Secrétaire", SelfDeclaredGender.Woman, CbeMeeting),
        new("Pierre Duhau", "Administrateur, collège des entreprises", SelfDeclaredGender.Man, CbeMeeting),
        new("Anne Lassalle", "Administratrice, collège des associations", SelfDeclaredGender.Woman, CbeMeeting),
        new("Michel Barbe", "Administrateur, élu de la communauté de communes", SelfDeclaredGender.Man, CbeMeeting, new LocalDate(2024, 3, 31)),
        new("Laurence Daguerre", "Administratrice, élue de la communauté de communes", null, new LocalDate(2024, 4, 1)),
    ];

    private static readonly Seat[] PtceSteeringCommittee =
    [
        new("Isabelle Darrigade", "Coordinatrice", SelfDeclaredGender.Woman, CbeMeeting, AccountEmail: "coordination.ptce@demo.passerelles.org"),
        new("Maite Irigoyen", "Directrice du Tube à ESS'ai", SelfDeclaredGender.Woman, CbeMeeting, AccountEmail: "direction.tube@demo.passerelles.org"),
        new("Julien Etcheverry", "Chargé d'accompagnement", SelfDeclaredGender.Man, CbeMeeting, AccountEmail: "coach.tube@demo.passerelles.org"),
        new("Xabi Elizondo", "Représentant de la SCIC Pau Pyrénées", SelfDeclaredGender.Man, CbeMeeting),
    ];

    /// <summary>Genders declared by demo people who act in projects, coaching, circles, missions and mobility.</summary>
    private static readonly (string Email, SelfDeclaredGender Gender)[] Answers =
    [
        ("coach.espace412@demo.passerelles.org", SelfDeclaredGender.Man),
        ("invite.habitatjeunes@demo.passerelles.org", SelfDeclaredGender.Woman),
        ("admin@demo.passerelles.org", SelfDeclaredGender.PreferNotToSay),
    ];

    public static async Task EnsureAsync(AppDbContext db, UserManager<AppUser> users)
    {
        if (await db.GoverningBodies.AnyAsync()) return;
        var organisations = await db.Organisations.Where(o => o.Name == "CERESO" || o.Name == "CBE du Seignanx" || o.Name == "PTCE Sud Aquitaine")
            .ToDictionaryAsync(o => o.Name);
        if (organisations.Count < 3) return;

        foreach (var (email, gender) in Answers)
            if (await db.Users.SingleOrDefaultAsync(u => u.Email == email) is { } user) user.Gender ??= gender;

        await BodyAsync(db, users, organisations["CERESO"], "Conseil d'administration", GoverningBodyKind.Board, CeresoBoard);
        await BodyAsync(db, users, organisations["CBE du Seignanx"], "Conseil d'administration", GoverningBodyKind.Board, CbeBoard);
        await BodyAsync(db, users, organisations["PTCE Sud Aquitaine"], "Comité de pilotage du PTCE", GoverningBodyKind.SteeringCommittee, PtceSteeringCommittee);
        await db.SaveChangesAsync();
    }

    private static async Task BodyAsync(AppDbContext db, UserManager<AppUser> users, Organisation organisation, string name, GoverningBodyKind kind, Seat[] seats)
    {
        var body = new GoverningBody { OrganisationId = organisation.Id, Name = name, Kind = kind };
        foreach (var seat in seats)
        {
            var member = new GoverningBodyMember { BodyId = body.Id, Role = seat.Role, From = seat.From, Until = seat.Until };
            if (seat.AccountEmail is { } email && await db.Users.SingleOrDefaultAsync(u => u.Email == email) is { } account)
            {
                account.Gender ??= seat.Gender;
                member.UserId = account.Id;
            }
            else
            {
                var person = new Person
                {
                    DisplayName = seat.Name, ControllerOrganisationId = organisation.Id, TimeZoneId = organisation.TimeZoneId, Languages = "fr",
                };
                person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = organisation.Id, Title = seat.Role });
                if (seat.Gender is { } gender)
                {
                    var address = Organisation.SearchKey(seat.Name).Replace(' ', '.').Replace("'", "") + "@example.org";
                    var user = new AppUser { UserName = address, Email = address, EmailConfirmed = true, DisplayName = seat.Name, PreferredCulture = organisation.DefaultCulture, Gender = gender };
                    var result = await users.CreateAsync(user);
                    if (!result.Succeeded) throw new InvalidOperationException($"Demo board member {address}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
                    person.UserId = user.Id;
                }
                db.People.Add(person);
                member.PersonId = person.Id;
            }
            body.Members.Add(member);
        }
        db.GoverningBodies.Add(body);
    }
}
