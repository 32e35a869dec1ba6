
namespace Passerelles.Web.Data;

/// <summary>The partnership's reports to its funders: the final report of the Parcours numérique Québec-France grant,
/// frozen in March 2023; the FFQCD report for 2023, frozen in January 2024; and the FFQCD report for 2024, a draft
/// being written. The shipped templates get the funders the directory now holds. Development only; left as it is once
/// any report exists.</summary>
public static class DemoReports
{
    public const string FunderGuest = "guest.ffqcd@demo.passerelles.org";

    private const string Cereso = "direction.cereso@demo.passerelles.org";
    private const string Ptce = "coordination.ptce@demo.passerelles.org";

    public static async Task EnsureAsync(AppDbContext db)
    {
        await LinkFundersAsync(db);
        if (await db.Reports.AnyAsync()) return;
        var grants = await db.Grants.Include(g => g.Funder).Include(g => g.Beneficiary).Include(g => g.PartnerBeneficiary)
            .Where(g => g.Id == DemoFunding.Ffqcd || g.Id == DemoFunding.ParcoursNumerique).ToDictionaryAsync(g => g.Id);
        var templates = (await db.ReportTemplates.Where(t => t.Status == TemplateStatus.Published).ToListAsync())
            .GroupBy(t => t.Key).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Number)!);
        var users = await db.Users.Where(u => u.Email == Cereso || u.Email == Ptce).ToDictionaryAsync(u => u.Email!, u => u.Id);
        if (grants.Count < 2 || !templates.ContainsKey(ShippedReportTemplates.Ffqcd) || !templates.ContainsKey(ShippedReportTemplates.Lojiq) || users.Count < 2)
            return;

        var parcours = await MakeAsync(db, templates[ShippedReportTemplates.Lojiq], grants[DemoFunding.ParcoursNumerique],
            new(2022, 9, 1), new(2023, 3, 31), Instant.FromUtc(2023, 3, 20, 14, 0), new()
            {
                [("participants", "stays")] = "Trois personnes du PTCE Sud Aquitaine ont séjourné du 14 au 25 novembre 2022 à Joliette et à Montréal, "
                    + "accueillies par l'équipe de L'Espace412.\n\n- visites de six entreprises d'économie sociale accompagnées;\n- deux ateliers sur les tiers-lieux numériques.",
                [("entrepreneurship", "outcomes")] = "La mission a posé les bases de l'accompagnement croisé\u00A0: deux porteurs de projet du Tube à ESS'ai ont "
                    + "rencontré leurs homologues lanaudois et préparé un cercle en ligne commun.",
            });
        parcours.Submit(users[Ptce]);
        parcours.MarkReviewed(users[Ptce]);
        parcours.Freeze(users[Ptce], Instant.FromUtc(2023, 3, 28, 9, 30));

        var ffqcd = grants[DemoFunding.Ffqcd];
        var year2023 = await MakeAsync(db, templates[ShippedReportTemplates.Ffqcd], ffqcd, new(2023, 1, 1), new(2023, 12, 31),
            Instant.FromUtc(2024, 1, 18, 15, 0), new()
            {
                [("innovation", "results")] = "En 2023, L'Espace412 et Le Tube à ESS'ai ont accompagné ensemble des projets d'économie sociale "
                    + "des deux côtés de l'Atlantique, avec des séances d'accompagnement croisées.",
                [("youth", "youth")] = "Les jeunes promoteurs et porteurs de projet ont pris part à la mission d'octobre 2023 et aux cercles en ligne.",
                [("digital", "digital")] = "Les cercles en ligne, co-animés par une personne de chaque incubateur, ont réuni les deux cohortes chaque mois.",
                [("parity", "parity")] = "La délégation d'octobre 2023 comptait autant de femmes que d'hommes; les jurys restent à équilibrer.",
                [("cooperation", "missions")] = "La mission Québec → France d'octobre 2023 a mené à la signature de l'entente de coopération aux Assises de La Rochelle.",
                [("co-funding", "co-funding")] = "Le CERESO a apporté 15 000 $ en temps d'équipe; le PTCE Sud Aquitaine 8 000 € pour l'accueil de la délégation à Tarnos.",
            });
        year2023.Submit(users[Cereso]);
        year2023.MarkReviewed(users[Ptce]);
        year2023.Freeze(users[Cereso], Instant.FromUtc(2024, 1, 25, 16, 0));

        await MakeAsync(db, templates[ShippedReportTemplates.Ffqcd], ffqcd, new(2024, 1, 1), new(2024, 12, 31),
            Instant.FromUtc(2024, 11, 20, 14, 0), new()
            {
                [("innovation", "results")] = "Premier jet\u00A0: les projets accompagnés en 2024, à compléter avec les jalons de décembre.",
                [("co-funding", "co-funding")] = "L'apport du PTCE pour 2024 a été enregistré le 15 novembre\u00A0: chaque côté atteint désormais le montant de la subvention.",
            });
        await db.SaveChangesAsync();
    }

    /// <summary>Gives the shipped templates the funder their file names, now that the directory holds it.</summary>
    private static async Task LinkFundersAsync(AppDbContext db)
    {
        var templates = await db.ReportTemplates.Where(t => t.FunderId == null && ShippedReportTemplates.Keys.Contains(t.Key)).ToListAsync();
        foreach (var template in templates)
            if (ShippedReportTemplates.FunderName(template.Key) is { } name
                && await db.Organisations.Where(o => o.Name == name).Select(o => (Guid?)o.Id).FirstOrDefaultAsync() is { } funder)
                template.FunderId = funder;
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }

    private static async Task<Report> MakeAsync(AppDbContext db, ReportTemplate template, Grant grant, LocalDate from, LocalDate to, Instant generatedAt,
        Dictionary<(string, string), string> texts)
    {
        var report = new Report
        {
            TemplateId = template.Id, GrantId = grant.Id, From = from, To = to, Number = 1, Status = ReportStatus.Draft,
            Snapshot = await ReportGenerator.GenerateAsync(db, template, grant, from, to, generatedAt,
                generatedAt.InZone(TimeZones.Get(TimeZones.Quebec)).Date),
        };
        report.WriteTexts(texts);
        db.Reports.Add(report);
        return report;
    }
}
