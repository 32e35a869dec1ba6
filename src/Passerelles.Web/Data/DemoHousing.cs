
namespace Passerelles.Web.Data;

/// <summary>The residences of the two Habitat Jeunes associations (DOMAIN.md §6): the Tarnos residence of Habitat Jeunes
/// Sud Aquitaine (about 70 places) and the six residences of Habitat Jeunes Pau Pyrénées (about 300 units), with their
/// units by type from January 2023 and their fees. Development only; left as it is once either has a residence. A
/// placement is housed in them with <see cref="HouseAsync"/>.</summary>
public static class DemoHousing
{
    public const string Tarnos = "Résidence Habitat Jeunes de Tarnos";

    private sealed record Plan(string Association, string Name, string Address, string City, decimal Fee, decimal Deposit, (UnitType Type, int Units)[] Units);

    private static readonly Plan[] Residences =
    [
        new("Habitat Jeunes Sud Aquitaine", Tarnos, "4 allée des Forges", "Tarnos", 430m, 430m, [(UnitType.Room, 48), (UnitType.Studio, 16), (UnitType.Shared, 6)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence du Hédas", "12 rue du Hédas", "Pau", 460m, 460m, [(UnitType.Room, 40), (UnitType.Studio, 20)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence Trespoey", "8 avenue de Trespoey", "Pau", 470m, 470m, [(UnitType.Studio, 40), (UnitType.OneBedroom, 15)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence Saragosse", "3 place de Saragosse", "Pau", 440m, 440m, [(UnitType.Room, 35), (UnitType.Studio, 15)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence de l'Ousse-des-Bois", "20 avenue de l'Ousse-des-Bois", "Pau", 420m, 420m, [(UnitType.Room, 30), (UnitType.Shared, 20)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence de Billère", "5 rue de la Gare", "Billère", 450m, 450m, [(UnitType.Studio, 35), (UnitType.OneBedroom, 10)]),
        new("Association Habitat Jeunes Pau Pyrénées", "Résidence de Lescar", "1 chemin de la Cité", "Lescar", 410m, 410m, [(UnitType.Room, 25), (UnitType.Studio, 15)]),
    ];

    public static async Task EnsureAsync(AppDbContext db)
    {
        var names = Residences.Select(r => r.Association).Distinct().ToList();
        var associations = await db.Organisations.Where(o => names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, o => o.Id);
        if (associations.Count != names.Count || await db.Residences.AnyAsync(r => associations.Values.Contains(r.OrganisationId))) return;
        foreach (var plan in Residences)
            db.Residences.Add(new Residence
            {
                Name = plan.Name, OrganisationId = associations[plan.Association], Address = plan.Address, City = plan.City, Currency = "EUR",
                MonthlyFee = plan.Fee, Deposit = plan.Deposit,
                Capacities = plan.Units.Select(u => new ResidenceCapacity { UnitType = u.Type, From = new LocalDate(2023, 1, 1), Units = u.Units }).ToList(),
            });
        await db.SaveChangesAsync();
    }

    /// <summary>Houses a placement for its whole stay in a demo residence (the Tarnos one by default), in a room, as an
    /// accepted offer whose contract awaits the signatures.</summary>
    public static async Task<HousingRequest?> HouseAsync(AppDbContext db, Placement placement, Guid byUserId, Instant now, string residence = Tarnos)
    {
        if (await db.Residences.SingleOrDefaultAsync(r => r.Name == residence) is not { } found) return null;
        return await Housing.HouseAsync(db, placement, found, UnitType.Room, byUserId, now);
    }
}
