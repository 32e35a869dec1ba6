using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Passerelles.Tests.Infrastructure;
using Passerelles.Web.Features.Reports;
using Passerelles.Web.Infrastructure.Localisation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using static Passerelles.Tests.Reports.ReportSnapshots;

namespace Passerelles.Tests.Reports;

/// <summary>A report's exports, made from its snapshot: the PDF (in the reader's language, or bilingual when the funder is
/// on the other side), the workbook and the CSV, read back as their readers would.</summary>
public sealed class ReportExportsTests
{
    private static CultureInfo Reader(string culture) => Cultures.Get(culture);

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    /// <summary>Compared without white space, as the extractor may join a wrapped line to the next without one.</summary>
    private static string Flat(string text) => Regex.Replace(text, @"\s+", "");

    private static async Task<(string Language, string Title, int Pages)> PdfInformationAsync(byte[] pdf)
    {
        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--json=2", "--json-key=qpdf", "--json-key=pages");
        Assert.True(exitCode == 0, output);
        var json = JsonDocument.Parse(output).RootElement;
        var objects = json.GetProperty("qpdf")[1];
        JsonElement Value(string reference) => objects.GetProperty(reference == "trailer" ? "trailer" : "obj:" + reference).GetProperty("value");
        var catalog = Value(Value("trailer").GetProperty("/Root").GetString()!);
        var information = Value(Value("trailer").GetProperty("/Info").GetString()!);
        return (catalog.GetProperty("/Lang").GetString()!, information.GetProperty("/Title").GetString()!, json.GetProperty("pages").GetArrayLength());
    }

    [Theory]
    [InlineData("en", false)]
    [InlineData("fr-CA", false)]
    [InlineData("fr-FR", false)]
    [InlineData("en", true)]
    [InlineData("fr-CA", true)]
    public async Task The_PDF_passes_qpdfs_check_and_says_its_language_and_title(string culture, bool bilingual)
    {
        var pdf = ReportExports.Pdf(Ffqcd(bilingual), Reader(culture), Strings);

        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(pdf, "--check");
        Assert.True(exitCode == 0 && !output.Contains("WARNING", StringComparison.OrdinalIgnoreCase), output);
        Assert.Contains("No syntax or stream encoding errors found", output);
        var (language, title, _) = await PdfInformationAsync(pdf);
        // A bilingual report is written in the French of the funder's side (France here) first, whoever reads it.
        Assert.Equal("u:" + (bilingual ? "fr-FR" : culture), language);
        Assert.Equal(bilingual ? "u:Rapport final FFQCD 2023-2024 / FFQCD final report 2023-2024"
            : culture == "en" ? "u:FFQCD final report 2023-2024" : "u:Rapport final FFQCD 2023-2024", title);
    }

    [Theory]
    [InlineData("fr-CA", "Bailleur de fonds", "Idéation")]
    [InlineData("fr-FR", "Financeur", "Émergence")]
    public void The_PDF_in_french_reads_its_figures_and_texts_with_no_english(string culture, string funder, string ideation)
    {
        var snapshot = Ffqcd();
        var text = PdfText(ReportExports.Pdf(snapshot, Reader(culture), Strings));
        var flat = Flat(text);
        void Reads(string expected) => Assert.Contains(Flat(expected), flat);

        Assert.Empty(EnglishLeaks.FindInText(text, Names(snapshot)));
        Reads(funder + "Fonds franco-québécois pour la coopération décentralisée");
        Reads("PériodeDu 1 avril 2023 au 31 mars 2024");
        // Generated at 03:30 UTC on 2 May: still 1 May in Québec, the funder's side here.
        Reads("Généré le1 mai 2024");
        Reads("Heures d'accompagnement individuel 1 234,5 heures 800 434,5");
        Reads(ideation + " 4");
        Reads("Femmes Non affiché : le groupe est trop petit");
        Assert.DoesNotContain(Flat("Femmes 0 %"), flat);
        Reads("250 000 $ CA");
        // The Markdown as plain paragraphs: no marks left, lists with their bullets and numbers, links with their address.
        Reads("Faits saillants de l'année");
        Reads("Une année riche en rencontres, voir le bilan (https://example.org/bilan).");
        Reads("• Deux cercles de pratique");
        Reads("1. préparation");
        Reads("code et <b>balise</b>");
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("## ", text);
        Reads("Difficultés rencontrées Rien n'a été rédigé.");
    }

    [Fact]
    public void The_PDF_of_a_funder_on_the_other_side_gives_every_label_in_its_french_then_in_english()
    {
        var text = PdfText(ReportExports.Pdf(Ffqcd(bilingual: true), Reader("fr-CA"), Strings));
        var flat = Flat(text);
        void Reads(string expected) => Assert.Contains(Flat(expected), flat);

        Reads("Rapport final FFQCD 2023-2024 / FFQCD final report 2023-2024");
        Reads("Financeur / Funder");
        Reads("Du 1 avril 2023 au 31 mars 2024 / From 1 April 2023 to 31 March 2024");
        Reads("Généré le / Generated on 2 mai 2024 / 2 May 2024");
        Reads("Accompagnement / Coaching");
        Reads("Indicateur / Indicator");
        Reads("Heures d'accompagnement individuel / Individual coaching hours 1 234,5 heures / hours");
        // France's French, the funder's side, whoever reads.
        Reads("Émergence / Ideation 4");
        Reads("Non affiché : le groupe est trop petit / Not shown: the group is too small");
        Reads("Faits saillants de l'année / Highlights of the year");
        Assert.Matches(@"Page1sur\d+/Page1of\d+", flat);
    }

    [Fact]
    public async Task The_PDF_grows_with_its_sections_and_a_report_without_any_still_exports()
    {
        var empty = ReportExports.Pdf(Ffqcd(sections: []), Reader("fr-CA"), Strings);
        var many = ReportExports.Pdf(Ffqcd(sections: [.. Enumerable.Range(0, 12).Select(i => CoachingSection with { Key = "coaching" + i })]), Reader("fr-CA"), Strings);

        var (exitCode, output) = await GeneratedPdfTests.QpdfAsync(empty, "--check");
        Assert.True(exitCode == 0, output);
        Assert.Contains(Flat("Ce rapport n'a aucune section."), Flat(PdfText(empty)));
        var (_, _, emptyPages) = await PdfInformationAsync(empty);
        var (_, _, manyPages) = await PdfInformationAsync(many);
        Assert.Equal(1, emptyPages);
        Assert.True(manyPages > 3, $"{manyPages} pages for 12 sections");
        Assert.True((await GeneratedPdfTests.QpdfAsync(many, "--check")).ExitCode == 0);
    }

    [Fact]
    public async Task A_table_longer_than_a_page_repeats_its_header_on_each_page_it_goes_on_to()
    {
        var rows = Enumerable.Range(1, 150).Select(i => new Web.Features.Reports.ReportSnapshot.Row($"Projet coopératif n° {i}", false, i)).ToList();
        var section = CoachingSection with { Figures = [ProjectsByStage with { Rows = rows }], Texts = [] };
        var pdf = ReportExports.Pdf(Ffqcd(sections: [section]), Reader("fr-CA"), Strings);

        Assert.True((await GeneratedPdfTests.QpdfAsync(pdf, "--check")).ExitCode == 0);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => Flat(ContentOrderTextExtractor.GetText(p))).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.Contains(Flat("Indicateur Valeur Québec France"), page));
        Assert.Contains(Flat("Projet coopératif n° 150 150"), pages[^1]);
    }

    [Fact]
    public void The_workbook_has_a_sheet_of_facts_then_one_per_section_with_numbers_rows_and_texts()
    {
        using var stream = new MemoryStream(ReportExports.Xlsx(Ffqcd(), Reader("fr-FR"), Strings));

        var names = stream.GetSheetNames();
        Assert.Equal(["Rapport", "Accompagnement", "Jalons entreprises fonds 2023 —", "Jalons entreprises fonds 20 (2)"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n));

        var facts = stream.Query(sheetName: "Rapport").Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["A"], r => r["B"]);
        Assert.Equal("Valeur", facts["Élément"]);
        Assert.Equal("Rapport final FFQCD 2023-2024", facts["Titre"]);
        Assert.Equal("Fonds franco-québécois pour la coopération décentralisée", facts["Financeur"]);
        Assert.Equal("Espace412 – Tube à ESS'ai 2023-2024", facts["Subvention"]);
        Assert.Equal("Du 1 avril 2023 au 31 mars 2024", facts["Période"]);
        Assert.Equal("1 mai 2024", facts["Généré le"]);
        Assert.Equal("ffqcd-final", facts["Modèle de rapport"]);
        Assert.Equal(3m, Convert.ToDecimal(facts["Version"], CultureInfo.InvariantCulture));

        var rows = stream.Query(sheetName: "Accompagnement").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Clé de l'indicateur", "Titre", "Unité", "Valeur", "Québec", "France"], rows[0].Values.Take(6).Select(v => v as string));
        var hours = rows.Single(r => r["A"] as string == "coaching.hours.individual");
        Assert.Equal("Heures d'accompagnement individuel", hours["B"]);
        Assert.Equal("heures", hours["C"]);
        Assert.Equal(1234.5m, Convert.ToDecimal(hours["D"], CultureInfo.InvariantCulture));
        Assert.IsNotType<string>(hours["D"]);
        Assert.Equal(800m, Convert.ToDecimal(hours["E"], CultureInfo.InvariantCulture));
        var women = rows.First(r => r["A"] as string == "parity.project_holders.women");
        Assert.Equal("Non affiché\u00A0: le groupe est trop petit", women["D"]);
        Assert.Null(women["E"]);

        var underlying = rows.SkipWhile(r => r["A"] as string != "Données détaillées").Skip(2).TakeWhile(r => r["A"] is string { Length: > 0 }).ToList();
        Assert.Equal(["projects.accompanied", "projects.accompanied", "projects.accompanied", "parity.project_holders.women", "parity.project_holders.women"],
            underlying.Select(r => r["A"] as string));
        Assert.Equal("Émergence", underlying[0]["B"]);
        Assert.Equal(4m, Convert.ToDecimal(underlying[0]["C"], CultureInfo.InvariantCulture));
        Assert.Equal(Hostile, underlying[2]["B"]);
        Assert.Equal("Non affiché\u00A0: le groupe est trop petit", underlying[3]["C"]);

        var texts = rows.SkipWhile(r => r["A"] as string != "Textes").Skip(2).ToList();
        Assert.Equal(["highlights", "empty"], texts.Select(r => r["A"] as string));
        Assert.Equal("Faits saillants de l'année", texts[0]["B"]);
        Assert.StartsWith("Faits saillants\n\nUne année riche en rencontres", (string)texts[0]["C"]!);

        var french = rows.SelectMany(r => r.Values).OfType<string>().Concat(facts.Keys);
        Assert.Empty(EnglishLeaks.FindInText(string.Join("\n", french), Names(Ffqcd())));
    }

    [Fact]
    public void The_workbook_in_english_and_without_sections_still_opens()
    {
        using var stream = new MemoryStream(ReportExports.Xlsx(Ffqcd(sections: []), Reader("en"), Strings));

        Assert.Equal(["Report"], stream.GetSheetNames());
        var facts = stream.Query(sheetName: "Report").Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["A"], r => r["B"]);
        Assert.Equal("From 1 April 2023 to 31 March 2024", facts["Period"]);
        Assert.Equal("Fonds franco-québécois pour la coopération décentralisée", facts["Funder"]);
    }

    [Theory]
    [InlineData("C'est [long] : un nom/de feuille beaucoup trop long?", "C'est long un nom de feuille be")]
    [InlineData("'Citation'", "Citation")]
    [InlineData("***", "-")]
    public void A_sheet_name_is_one_excel_accepts(string heading, string expected) =>
        Assert.Equal(expected, ReportExports.SheetName(heading, new HashSet<string>()));

    private static List<string[]> CsvRows(byte[] csv)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromText(Encoding.UTF8.GetString(csv[3..]));
        var rows = new List<string[]> { reader.Header.ColNames.ToArray() };
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            rows.Add(cells);
        }
        return rows;
    }

    [Fact]
    public void The_CSV_has_a_line_per_figure_and_per_row_with_invariant_numbers_and_no_formula()
    {
        var rows = CsvRows(ReportExports.Csv(Ffqcd(), Reader("fr-CA"), Strings));

        Assert.Equal(["Section", "Clé de l'indicateur", "Titre", "Libellé", "Unité", "Valeur", "Québec", "France"], rows[0]);
        Assert.Equal(1 + 3 + 3 + 2 + 1 + 1, rows.Count);
        Assert.Equal(["Accompagnement", "coaching.hours.individual", "Heures d'accompagnement individuel", "", "heures", "1234.5", "800", "434.5"], rows[1]);
        Assert.Equal(["Accompagnement", "projects.accompanied", "Projets accompagnés", "Idéation", "projets", "4", "", ""], rows[3]);
        var hostile = rows.Single(r => r[3].Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Equal("'" + Hostile, hostile[3]);
        Assert.Equal(Hostile, Web.Infrastructure.Csv.RestoreFormula(hostile[3]));
        var withheld = rows.Where(r => r[1] == "parity.project_holders.women").ToList();
        Assert.Equal(3, withheld.Count);
        Assert.All(withheld, r => Assert.Equal("Non affiché\u00A0: le groupe est trop petit", r[5]));
        Assert.All(withheld, r => Assert.DoesNotContain("0", r[5..]));
        Assert.Equal(["250000", "250000", ""], rows.First(r => r[1] == "milestones.funds_raised.cad")[5..]);
        Assert.Empty(EnglishLeaks.FindInText(string.Join("\n", rows.SelectMany(r => r)), Names(Ffqcd())));
    }

    [Fact]
    public void The_CSV_of_a_report_without_sections_is_its_header_in_the_readers_language()
    {
        var rows = CsvRows(ReportExports.Csv(Ffqcd(sections: []), Reader("en"), Strings));

        Assert.Equal(["Section", "Indicator key", "Title", "Label", "Unit", "Value", "Québec", "France"], Assert.Single(rows));
    }
}
