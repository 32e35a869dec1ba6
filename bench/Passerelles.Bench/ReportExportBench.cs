using System.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Indicators;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Reports;
using Passerelles.Web.Infrastructure.Localisation;

namespace Passerelles.Bench;

/// <summary>Times a large report's exports in process, from its snapshot (no database, no HTTP: an export is made from the
/// snapshot alone): 6 sections, the 15 indicators of the catalog and 2,000 rows under them, with a text per section. Builds
/// the XLSX, the PDF in Québec French, the bilingual PDF and the CSV, each <c>runs</c> times after two warm-up rounds.</summary>
internal static class ReportExportBench
{
    private const int Sections = 6;
    private const int Rows = 2_000;

    public static int Run(int runs)
    {
        var strings = new ContractingStringLocalizerFactory(
            new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));
        var quebec = Cultures.Get(Cultures.QuebecFrench);
        var snapshot = Large();
        var bilingual = snapshot with { FunderSide = Side.France };
        var exports = new (string What, Func<byte[]> Build)[]
        {
            ("XLSX, fr-CA", () => ReportExports.Xlsx(snapshot, quebec, strings)),
            ("PDF, fr-CA", () => ReportExports.Pdf(snapshot, quebec, strings)),
            ("PDF, bilingual (fr-FR / en)", () => ReportExports.Pdf(bilingual, quebec, strings)),
            ("CSV, fr-CA", () => ReportExports.Csv(snapshot, quebec, strings)),
        };
        var figures = snapshot.Sections.Sum(s => s.Figures.Count);
        var rows = snapshot.Sections.Sum(s => s.Figures.Sum(f => f.Rows.Count));
        Console.WriteLine($"report of {snapshot.Sections.Count} sections, {figures} figures, {rows:N0} rows");
        foreach (var (what, build) in exports)
        {
            var size = 0;
            for (var round = 0; round < 2; round++) size = build().Length;
            var timings = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                build();
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
            HttpBench.Report($"{what} ({size / 1024:N0} KB)", timings);
        }
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        return 0;
    }

    /// <summary>The indicators of the catalog spread over six sections, each figure with its share of the rows: by stage
    /// (translated labels) and by project (names shown as they are).</summary>
    private static ReportSnapshot Large()
    {
        var stages = Enum.GetNames<Web.Features.Projects.CanonicalStage>().Select(s => "CanonicalStage." + s).ToList();
        var indicators = IndicatorCatalog.All;
        var row = 0;
        var figures = indicators.Select((definition, i) =>
        {
            var count = Rows / indicators.Count + (i < Rows % indicators.Count ? 1 : 0);
            var parts = Enumerable.Range(0, count).Select(_ => row++).Select(n => n % 2 == 0
                ? new ReportSnapshot.Row(stages[n % stages.Count], true, n % 17)
                : new ReportSnapshot.Row($"Projet coopératif n° {n} — Lanaudière", false, n % 23 + 0.5m)).ToList();
            return new ReportSnapshot.Figure(definition.Key, definition.Title, definition.Unit, parts.Sum(p => p.Value),
                parts.Sum(p => p.Value) * 0.6m, parts.Sum(p => p.Value) * 0.4m, parts, Withheld: i == 7);
        }).ToList();
        const string written = """
            ## Bilan

            L'année a été marquée par **deux cercles de pratique** et une *mission* à Tarnos :

            - accompagnement de 12 projets;
            - trois séances coanimées entre les deux rives.

            Voir [le rapport détaillé](https://example.org/rapport).
            """;
        var sections = Enumerable.Range(0, Sections).Select(s => new ReportSnapshot.Section(
            $"section-{s}",
            new LocalisedText($"Section {s + 1}\u00A0: volet {s + 1} du programme", $"Section {s + 1}\u00A0: volet {s + 1} du programme", $"Section {s + 1}: part {s + 1} of the programme"),
            figures.Where((_, i) => i % Sections == s).ToList(),
            [new ReportSnapshot.Text("summary", new LocalisedText("Faits saillants", "Faits saillants", "Highlights"), written)])).ToList();
        return new ReportSnapshot(
            new LocalisedText("Rapport annuel d'activité 2023", "Rapport annuel d'activité 2023", "Annual activity report 2023"),
            "network-annual", 1, "Fonds franco-québécois pour la coopération décentralisée", Side.Quebec, [Side.Quebec],
            "Espace412 – Tube à ESS'ai 2023-2024", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31),
            Instant.FromUtc(2024, 2, 1, 15, 0), sections);
    }
}
