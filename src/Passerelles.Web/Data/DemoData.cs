using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Infrastructure.Localisation;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Web.Data;

/// <summary>The real network of the partnership, with fictional people in each role. Development only.</summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, ILogger<DemoData> logger)
{
    public const string Password = "Passerelles-demo-2023";

    public sealed record DemoAccount(string Email, string Name, string? Organisation, MemberRole? Role, bool NetworkAdministrator = false);

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("admin@demo.passerelles.org", "Camille Tremblay", null, null, NetworkAdministrator: true),
        new("direction.cereso@demo.passerelles.org", "Geneviève Gagnon", "CERESO", MemberRole.OrganisationAdministrator),
        new("coach.espace412@demo.passerelles.org", "Mathieu Bouchard", "L'Espace412", MemberRole.Coach),
        new("élodie.promotrice@demo.passerelles.org", "Élodie Lavoie", "L'Espace412", MemberRole.ProjectMember),
        new("coordination.ptce@demo.passerelles.org", "Isabelle Darrigade", "PTCE Sud Aquitaine", MemberRole.OrganisationAdministrator),
        new("coach.tube@demo.passerelles.org", "Julien Etcheverry", "Le Tube à ESS'ai", MemberRole.Coach),
        new("porteur@demo.passerelles.org", "Amaia Lafitte", "Le Tube à ESS'ai", MemberRole.ProjectMember),
        new("invite.habitatjeunes@demo.passerelles.org", "Sophie Laborde", "Habitat Jeunes Sud Aquitaine", MemberRole.PartnerGuest),
        new("invite.rqis@demo.passerelles.org", "Marc-André Roy", "RQIS", MemberRole.PartnerGuest),
    ];

    private static Organisation Quebec(string name, OrganisationKind kind, string region, string legalForm, Organisation? parent = null) => new()
    {
        Name = name, Kind = kind, Side = Side.Quebec, CountryCode = "CA", Region = region, LegalForm = legalForm,
        DefaultCulture = Cultures.QuebecFrench, TimeZoneId = TimeZones.Quebec, Parent = parent,
    };

    private static Organisation France(string name, OrganisationKind kind, string region, string legalForm, Organisation? parent = null) => new()
    {
        Name = name, Kind = kind, Side = Side.France, CountryCode = "FR", Region = region, LegalForm = legalForm,
        DefaultCulture = Cultures.FranceFrench, TimeZoneId = TimeZones.France, Parent = parent,
    };

    public async Task EnsureAsync()
    {
        if (await db.Organisations.AnyAsync()) return;

        var cegep = Quebec("Cégep régional de Lanaudière", OrganisationKind.College, "Lanaudière", "Collège public (cégep)");
        var cereso = Quebec("CERESO", OrganisationKind.TransferCentre, "Lanaudière", "Centre collégial de transfert de technologie", cegep);
        var espace412 = Quebec("L'Espace412", OrganisationKind.Incubator, "Lanaudière", "Incubateur du CERESO", cereso);
        var cbe = France("CBE du Seignanx", OrganisationKind.Association, "Nouvelle-Aquitaine (Landes)", "Association loi 1901");
        var ptce = France("PTCE Sud Aquitaine", OrganisationKind.TerritorialCluster, "Nouvelle-Aquitaine (Landes)", "Pôle territorial de coopération économique", cbe);
        var tube = France("Le Tube à ESS'ai", OrganisationKind.Incubator, "Nouvelle-Aquitaine (Landes)", "Incubateur territorial ESS", ptce);
        db.Organisations.AddRange(
            cegep, cereso, espace412, cbe, ptce, tube,
            France("SCIC Pau Pyrénées", OrganisationKind.Cooperative, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "SCIC"),
            France("Association Habitat Jeunes Pau Pyrénées", OrganisationKind.YouthHousing, "Nouvelle-Aquitaine (Pyrénées-Atlantiques)", "Association loi 1901"),
            France("Habitat Jeunes Sud Aquitaine", OrganisationKind.YouthHousing, "Nouvelle-Aquitaine (Landes)", "Association loi 1901"),
            Quebec("RQIS", OrganisationKind.Network, "Québec", "OBNL"),
            Quebec("LOJIQ", OrganisationKind.Funder, "Québec", "Organisme public"),
            Quebec("Fédération des cégeps", OrganisationKind.Network, "Québec", "OBNL"));
        await db.SaveChangesAsync();

        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name);
        foreach (var account in Accounts)
        {
            var organisation = account.Organisation is null ? null : organisations[account.Organisation];
            var user = new AppUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.Name,
                IsNetworkAdministrator = account.NetworkAdministrator,
                PreferredCulture = organisation?.DefaultCulture ?? "",
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            if (organisation is not null && account.Role is { } role)
                db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, Role = role });
        }
        await db.SaveChangesAsync();
        logger.LogInformation("Demo network created: {Organisations} organisations, {Accounts} accounts", organisations.Count, Accounts.Count);
    }

    public void PrintAccounts(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Demo accounts (Development only), password \"{Password}\":");
        foreach (var account in Accounts)
        {
            var place = account.NetworkAdministrator ? "network administrator" : $"{account.Role} at {account.Organisation}";
            output.WriteLine($"  {account.Email,-45} {place}");
        }
        output.WriteLine();
    }
}
