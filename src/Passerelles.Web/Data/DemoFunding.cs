
namespace Passerelles.Web.Data;

/// <summary>The partnership's grants: the FFQCD grant to the partnership for 2023–2024 (the PTCE's own contribution came
/// late, so its side fell short for most of 2024), a LOJIQ programme funding L'Espace412's youth mobility, and the Parcours
/// numérique Québec-France grant behind the PTCE's mission to Québec in November 2022. Development only; left as it is
/// once any grant exists.</summary>
public static class DemoFunding
{
    public static readonly Guid Ffqcd = new("7a1e4c52-2023-4f0d-9c01-00000000f0cd");
    public static readonly Guid Lojiq = new("7a1e4c52-2024-4f0d-9c02-0000000010a1");
    public static readonly Guid ParcoursNumerique = new("7a1e4c52-2022-4f0d-9c03-000000000b22");

    public const string FfqcdTitle = "Coopération Lanaudière – Sud Aquitaine 2023-2024";
    public const string ParcoursNumeriqueTitle = "Mission du PTCE Sud Aquitaine au Québec (novembre 2022)";

    private static readonly string[] Names =
    [
        "Ministère des Relations internationales et de la Francophonie", "LOJIQ", "OFQJ", "CERESO", "PTCE Sud Aquitaine", "L'Espace412",
    ];

    public static async Task EnsureAsync(AppDbContext db)
    {
        if (await db.Grants.AnyAsync()) return;
        var organisations = await db.Organisations.Where(o => Names.Contains(o.Name)).ToDictionaryAsync(o => o.Name, o => o.Id);
        if (organisations.Count < Names.Length) return;
        var users = await db.Users.Where(u => u.Email == "direction.cereso@demo.passerelles.org" || u.Email == "coordination.ptce@demo.passerelles.org")
            .ToDictionaryAsync(u => u.Email!, u => u.Id);
        var (cereso, ptce, espace412) = (organisations["CERESO"], organisations["PTCE Sud Aquitaine"], organisations["L'Espace412"]);
        List<DeadlineResponsible> Responsible(params string[] emails) =>
            emails.Where(users.ContainsKey).Select(e => new DeadlineResponsible { UserId = users[e] }).ToList();

        // The FFQCD grant to the partnership, 25 000 $: each side co-funds at least as much.
        var mrif = organisations["Ministère des Relations internationales et de la Francophonie"];
        var (missionLine, returnLine, assisesLine) = (Line("Mission Québec → France, octobre 2023", 14_000_00), Line("Mission retour en Lanaudière, 2024", 8_000_00),
            Line("Assises de La Rochelle et communication", 3_000_00));
        var ffqcd = new Grant
        {
            Id = Ffqcd, Title = FfqcdTitle, FunderId = mrif,
            Programme = new FundingProgramme { FunderId = mrif, Name = "Fonds franco-québécois pour la coopération décentralisée (FFQCD)" },
            AmountMinor = 25_000_00, Currency = MoneyAmount.Canadian, StartsOn = new(2023, 1, 1), EndsOn = new(2024, 12, 31),
            BeneficiaryId = cereso, PartnerBeneficiaryId = ptce, CoFundingRule = CoFundingRule.EachSideAtLeastGrant,
            Lines = [missionLine, returnLine, assisesLine],
            Deadlines =
            [
                new() { DueOn = new(2024, 1, 31), Label = "Rapport d'étape 2023", Responsible = Responsible("direction.cereso@demo.passerelles.org", "coordination.ptce@demo.passerelles.org") },
                new() { DueOn = new(2025, 3, 31), Label = "Rapport final FFQCD", Responsible = Responsible("direction.cereso@demo.passerelles.org", "coordination.ptce@demo.passerelles.org") },
            ],
        };
        db.Grants.Add(ffqcd);
        db.GrantEntries.AddRange(
            Expense(Ffqcd, missionLine, "Billets d'avion Montréal–Bordeaux (4 personnes)", new(2023, 9, 12), 6_480_00, MoneyAmount.Canadian, 1.4571m),
            Expense(Ffqcd, missionLine, "Hébergement à Tarnos et La Rochelle", new(2023, 10, 24), 2_150_00, MoneyAmount.Euro, 1.4589m),
            Expense(Ffqcd, missionLine, "Location de véhicule", new(2023, 10, 24), 640_00, MoneyAmount.Euro, 1.4589m),
            Expense(Ffqcd, assisesLine, "Inscriptions aux Assises franco-québécoises", new(2023, 9, 30), 480_00, MoneyAmount.Euro, 1.4398m),
            Expense(Ffqcd, returnLine, "Accueil de la délégation du PTCE en Lanaudière", new(2024, 6, 14), 3_900_00, MoneyAmount.Canadian, 1.4712m),
            Contribution(Ffqcd, missionLine, cereso, "Apport du CERESO : temps de l'équipe de l'Espace412", new(2023, 3, 15), 15_000_00, MoneyAmount.Canadian, 1.4702m),
            Contribution(Ffqcd, returnLine, cereso, "Apport du CERESO : accueil de la délégation", new(2024, 2, 1), 12_000_00, MoneyAmount.Canadian, 1.4567m),
            Contribution(Ffqcd, missionLine, ptce, "Apport du PTCE : accueil de la délégation à Tarnos", new(2023, 10, 20), 8_000_00, MoneyAmount.Euro, 1.4612m),
            // Recorded late in 2024: until then the France side fell short of the grant.
            Contribution(Ffqcd, returnLine, ptce, "Apport du PTCE : temps de coordination 2024", new(2024, 11, 15), 10_000_00, MoneyAmount.Euro, 1.4950m));

        // A LOJIQ programme for L'Espace412's young entrepreneurs.
        var lojiq = organisations["LOJIQ"];
        var stays = Line("Séjours de stage en Nouvelle-Aquitaine", 6_000_00);
        db.Grants.Add(new Grant
        {
            Id = Lojiq, Title = "Stages de jeunes promoteurs au Tube à ESS'ai 2024", FunderId = lojiq,
            Programme = new FundingProgramme { FunderId = lojiq, Name = "Entrepreneuriat et innovation sociale — jeunes de 18 à 35 ans" },
            AmountMinor = 6_000_00, Currency = MoneyAmount.Canadian, StartsOn = new(2024, 3, 1), EndsOn = new(2024, 10, 31),
            BeneficiaryId = espace412, CoFundingRule = CoFundingRule.None, Lines = [stays],
            Deadlines = [new() { DueOn = new(2024, 11, 30), Label = "Bilan des stages LOJIQ", Responsible = Responsible("direction.cereso@demo.passerelles.org") }],
        });
        db.GrantEntries.Add(Expense(Lojiq, stays, "Billets d'avion de deux stagiaires", new(2024, 4, 18), 2_960_00, MoneyAmount.Canadian, 1.4689m));

        // The Parcours numérique Québec-France grant behind the PTCE's November 2022 mission.
        var ofqj = organisations["OFQJ"];
        var (travel, stay) = (Line("Transport transatlantique", 5_500_00), Line("Hébergement et repas", 3_000_00));
        db.Grants.Add(new Grant
        {
            Id = ParcoursNumerique, Title = ParcoursNumeriqueTitle, FunderId = ofqj,
            Programme = new FundingProgramme { FunderId = ofqj, Name = "Parcours numérique Québec-France" },
            AmountMinor = 8_500_00, Currency = MoneyAmount.Euro, StartsOn = new(2022, 9, 1), EndsOn = new(2023, 3, 31),
            BeneficiaryId = ptce, CoFundingRule = CoFundingRule.None, Lines = [travel, stay],
            Deadlines = [new() { DueOn = new(2023, 3, 31), Label = "Rapport final Parcours numérique", Responsible = Responsible("coordination.ptce@demo.passerelles.org") }],
        });
        db.GrantEntries.AddRange(
            Expense(ParcoursNumerique, travel, "Billets Bordeaux–Montréal (3 personnes)", new(2022, 10, 3), 4_120_00, MoneyAmount.Euro, 1.3496m),
            Expense(ParcoursNumerique, stay, "Hébergement à Joliette et Montréal", new(2022, 11, 19), 3_640_00, MoneyAmount.Canadian, 1.3862m));
        await db.SaveChangesAsync();
    }

    private static BudgetLine Line(string label, long planned) => new() { Label = label, PlannedMinor = planned };

    private static GrantEntry Expense(Guid grant, BudgetLine line, string label, LocalDate on, long amount, string currency, decimal rate) => new()
    {
        GrantId = grant, BudgetLineId = line.Id, Kind = EntryKind.Expense, Label = label, On = on, AmountMinor = amount, Currency = currency, CadPerEur = rate,
    };

    private static GrantEntry Contribution(Guid grant, BudgetLine line, Guid contributor, string label, LocalDate on, long amount, string currency, decimal rate)
    {
        var entry = Expense(grant, line, label, on, amount, currency, rate);
        entry.Kind = EntryKind.Contribution;
        entry.ContributorId = contributor;
        return entry;
    }
}
