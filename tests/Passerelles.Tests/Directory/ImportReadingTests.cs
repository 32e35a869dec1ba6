using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Passerelles.Web.Infrastructure;
using Passerelles.Web.Features.Directory.Import;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.DirectoryExchange;

/// <summary>Reading and checking a file, without the web or the database.</summary>
public sealed partial class ImportReadingTests
{
    private static readonly OrganisationValues Cereso = new(
        "CERESO", OrganisationKind.TransferCentre, Side.Quebec, "CA", "Lanaudière", "OBNL", "L'Assomption", "J5W 0A1", "",
        45.8262, -73.429, "", "Innovation", "", true);

    private static ImportPlan Plan(string text, params ExistingOrganisation[] existing) =>
        ImportPlanner.Plan(OrganisationCsv.Read(text), existing);

    [Fact]
    public void Utf8_is_read_with_or_without_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetBytes("name\r\nÉcole");

        Assert.Equal("name\r\nÉcole", ImportFile.Decode(bytes).Text);
        Assert.Equal("name\r\nÉcole", ImportFile.Decode([.. Encoding.UTF8.Preamble, .. bytes]).Text);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var decoded = ImportFile.Decode(Encoding.GetEncoding(1252).GetBytes("name\r\nÉcole – “Œuvre”"));

        Assert.Equal("name\r\nÉcole – “Œuvre”", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[0], "The file is empty.")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A }, "The file is empty.")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "This is not a text file. Save the spreadsheet as CSV and try again.")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x6E, 0x00 }, "This is not a text file. Save the spreadsheet as CSV and try again.")]
    public void Empty_and_binary_files_are_refused(byte[] bytes, string problem)
    {
        Assert.Equal(problem, ImportFile.Decode(bytes).Problem);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused()
    {
        Assert.Equal("The file is larger than {0} MB.", ImportFile.Decode(new byte[ImportFile.MaxBytes + 1]).Problem);
    }

    [Theory]
    [InlineData("external_id;name;kind\r\n1;A, B;Incubator", ';')]
    [InlineData("external_id,name,kind\r\n1,\"A; B\",Incubator", ',')]
    [InlineData("name", ',')]
    public void The_separator_is_sniffed_from_the_header(string text, char separator)
    {
        Assert.Equal(separator, OrganisationCsv.SniffSeparator(text));
    }

    [Fact]
    public void Quoted_cells_keep_separators_doubled_quotes_and_line_breaks()
    {
        var table = OrganisationCsv.Read("Name ; Description\r\n\"A; B\";\"Il a dit \"\"oui\"\"\r\npuis est parti\"\r\n\r\nC;D\r\n");

        Assert.Equal(["name", "description"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["A; B", "Il a dit \"oui\"\r\npuis est parti"], table.Rows[0].Cells);
        Assert.Equal((2, 5), (table.Rows[0].Line, table.Rows[1].Line));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("L'Assomption", "L'Assomption")]
    [InlineData("'quoted'", "'quoted'")]
    public void Formula_characters_are_neutralised_and_restored(string value, string written)
    {
        Assert.Equal(written, Csv.NeutraliseFormula(value));
        Assert.Equal(value, Csv.RestoreFormula(written));
    }

    [Fact]
    public void A_row_equal_to_its_organisation_is_unchanged_and_a_different_one_updates_it()
    {
        var existing = new ExistingOrganisation(Guid.NewGuid(), "c1", "cereso", Cereso);
        const string header = "external_id,name,kind,side,country,region,legal_form,locality,postal_code,latitude,longitude,themes,public\r\n";

        var same = Plan(header + "c1,CERESO,transfercentre,Québec,ca,Lanaudière,OBNL,L'Assomption,J5W 0A1,\"45,8262\",-73.429,innovation,Oui", existing);
        var changed = Plan(header + "c1,CERESO,TransferCentre,Quebec,CA,Lanaudière,OBNL,Joliette,J5W 0A1,45.8262,-73.429,Innovation,yes", existing);

        Assert.Equal(RowAction.Unchanged, Assert.Single(same.Rows).Action);
        Assert.Empty(same.Rows[0].Errors);
        Assert.Equal(RowAction.Update, Assert.Single(changed.Rows).Action);
        Assert.Equal(existing.Id, changed.Rows[0].OrganisationId);
    }

    [Fact]
    public void An_exported_organisation_without_an_external_id_is_recognised_by_its_own_id()
    {
        var existing = new ExistingOrganisation(Guid.NewGuid(), null, "cereso", Cereso);

        var plan = Plan($"external_id,name,kind,side\r\n{existing.Id},CERESO,TransferCentre,Quebec", existing);

        Assert.Equal(existing.Id, plan.Rows[0].OrganisationId);
        Assert.DoesNotContain(plan.Rows[0].Errors, e => e.Key == "Another organisation already has the name {0}.");
    }

    [Theory]
    [InlineData("Coopérative", "Québec", OrganisationKind.Cooperative, Side.Quebec)]
    [InlineData("COOPERATIVE", "quebec", OrganisationKind.Cooperative, Side.Quebec)]
    [InlineData("cooperative", "FRANCE", OrganisationKind.Cooperative, Side.France)]
    [InlineData("OBNL", "Québec", OrganisationKind.Association, Side.Quebec)]
    [InlineData("association (loi 1901)", "France", OrganisationKind.Association, Side.France)]
    [InlineData("Habitat Jeunes (FJT)", "France", OrganisationKind.YouthHousing, Side.France)]
    [InlineData("Hébergement jeunesse", "Quebec", OrganisationKind.YouthHousing, Side.Quebec)]
    [InlineData("centre collegial de transfert de technologie", "Québec", OrganisationKind.TransferCentre, Side.Quebec)]
    [InlineData("Youth housing", "France", OrganisationKind.YouthHousing, Side.France)]
    [InlineData("incubateur", "France", OrganisationKind.Incubator, Side.France)]
    [InlineData("TransferCentre", "Quebec", OrganisationKind.TransferCentre, Side.Quebec)]
    public void Kinds_and_sides_are_read_as_codes_or_as_labels_of_any_of_the_three_languages_whatever_case_and_accents(
        string kind, string side, OrganisationKind expectedKind, Side expectedSide)
    {
        var plan = Plan($"external_id,name,kind,side\r\nx,Nom,\"{kind}\",{side}");

        Assert.Empty(plan.Rows[0].Errors);
        Assert.Equal((expectedKind, expectedSide), (plan.Rows[0].Values!.Kind, plan.Rows[0].Values!.Side));
    }

    [Theory]
    [InlineData("=SUM(A1:A2)", "=")]
    [InlineData("+33 Conseil", "+")]
    [InlineData("-Moins", "-")]
    [InlineData("@Arobase", "@")]
    public void A_name_a_spreadsheet_would_read_as_a_formula_is_imported_with_a_warning(string name, string first)
    {
        var plan = Plan($"external_id,name,kind,side\r\nx,{name},Incubator,France\r\ny,Sans souci,Incubator,France");

        Assert.Empty(plan.Rows[0].Errors);
        Assert.Equal(name, plan.Rows[0].Values!.Name);
        Assert.Equal([new ImportMessage("The name begins with {0}, which a spreadsheet reads as the start of a formula. Check that it is the real name.", first)],
            plan.Rows[0].Warnings, (a, b) => a.Key == b.Key && a.Arguments.SequenceEqual(b.Arguments));
        Assert.Empty(plan.Rows[1].Warnings);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_is_an_error()
    {
        var plan = Plan("external_id,name,kind,side\r\nx,Nom,Incubator,France,surplus");

        Assert.Contains(plan.Rows[0].Errors, e => e.Key == "This row has more cells than the header.");
        Assert.True(plan.HasErrors);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var plan = Plan("external_id,name,kind,side\r\n");

        Assert.Equal("The file has no rows below its header.", Assert.Single(plan.FileErrors).Key);
    }

    /// <summary>The planner's messages are translated when shown, by key: each must be in English and French.</summary>
    [Fact]
    public void Every_message_of_the_import_is_translated()
    {
        var folder = Path.Combine(SourceTree.WebProject, "Features", "Directory", "Import");
        // The CSV format's own file holds the template's example data, not messages.
        var keys = System.IO.Directory.EnumerateFiles(folder, "*.cs").Where(f => Path.GetFileName(f) != "OrganisationCsv.cs")
            .SelectMany(f => File.ReadAllLines(f).SelectMany(line => MessageKey().Matches(line).Select(m => m.Groups[1].Value)))
            .Distinct().ToList();
        Assert.True(keys.Count > 20);

        foreach (var suffix in new[] { "", ".fr" })
        {
            var names = XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", $"Text{suffix}.resx")).Root!
                .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
            var missing = keys.Where(k => !names.Contains(k)).ToList();
            Assert.True(missing.Count == 0, $"Missing in Text{suffix}.resx: {string.Join(" / ", missing)}");
        }
    }

    /// <summary>A message key: a sentence in a string literal (log messages aside, which stay in English).</summary>
    [GeneratedRegex("""^(?!.*logger\.Log).*?"([A-Z{][^"]* [^"]*[.:])"[,)]""", RegexOptions.Multiline)]
    private static partial Regex MessageKey();
}
