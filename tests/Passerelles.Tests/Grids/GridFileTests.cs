using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Passerelles.Web.Features.Grids;

namespace Passerelles.Tests.Grids;

public sealed class GridFileTests
{
    private static IReadOnlyList<GridFileError> ErrorsOf(string json) => GridFile.Read(Encoding.UTF8.GetBytes(json)).Errors;

    /// <summary>The valid test file, changed by <paramref name="change"/>.</summary>
    private static string Changed(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(GridsTesting.ValidFile("changed"))!;
        change(node);
        return node.ToJsonString();
    }

    [Theory]
    [InlineData(ShippedGrids.SocialInnovation)]
    [InlineData(ShippedGrids.QuickScreen)]
    [InlineData(ShippedGrids.PtceFeasibility)]
    public void A_version_written_to_a_file_reads_back_the_same(string key)
    {
        var definition = ShippedGrids.Definition(key);
        var grid = new Grid { Key = definition.Key, Subject = GridFile.SubjectOf(definition) };
        var version = GridFile.ToDraft(definition, grid.Id, 1);

        var written = GridFile.Write(GridFile.Describe(grid, version));
        var (read, errors) = GridFile.Read(written);

        Assert.Empty(errors);
        var again = GridFile.Describe(grid, GridFile.ToDraft(read!, grid.Id, 1));
        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(GridFile.Write(again)));
    }

    [Fact]
    public void Each_shipped_grid_passes_the_schema()
    {
        var files = System.IO.Directory.GetFiles(Path.Combine(SourceTree.WebProject, "Features", "Grids", "Shipped"), "*.json");

        Assert.Equal(ShippedGrids.Keys.Order(), files.Select(Path.GetFileNameWithoutExtension).Order());
        Assert.All(files, file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            Assert.Empty(GridSchema.Check(document.RootElement));
        });
    }

    [Fact]
    public void The_schema_allows_what_a_grid_version_can_hold()
    {
        var schema = JsonNode.Parse(GridSchema.Text)!;
        var levels = schema["properties"]!["scale"]!["properties"]!["levels"]!;
        var dimensions = schema["properties"]!["dimensions"]!;
        var criteria = dimensions["items"]!["properties"]!["criteria"]!;
        var indicators = criteria["items"]!["properties"]!["indicators"]!;
        var definitions = schema["$defs"]!;

        Assert.Equal(
            (GridVersion.MaxLevels, GridVersion.MaxDimensions, GridVersion.MaxCriteriaPerDimension, GridVersion.MaxIndicatorsPerCriterion),
            ((int)levels["maxItems"]!, (int)dimensions["maxItems"]!, (int)criteria["maxItems"]!, (int)indicators["maxItems"]!));
        Assert.Equal(
            (Grid.KeyMaxLength, LocalisedTextMapping.LabelMaxLength, LocalisedTextMapping.GuidanceMaxLength),
            ((int)definitions["key"]!["maxLength"]!, (int)definitions["labels"]!["properties"]!["en"]!["maxLength"]!, (int)definitions["guidance"]!["properties"]!["en"]!["maxLength"]!));
        Assert.Equal(
            (GridVersion.MaxWeight, GridVersion.MaxLevelValue, -GridVersion.MaxLevelValue),
            ((decimal)definitions["weight"]!["maximum"]!, (decimal)levels["items"]!["properties"]!["value"]!["maximum"]!, (decimal)levels["items"]!["properties"]!["value"]!["minimum"]!));
    }

    [Fact]
    public void The_limit_a_file_breaks_is_named_in_its_problem()
    {
        var json = Changed(n =>
        {
            n["subject"] = "person";
            n["title"]!["en"] = new string('x', 301);
            n["dimensions"]![0]!["weight"] = 1001;
            n["scale"]!["levels"]!.AsArray().RemoveAt(1);
        });

        var errors = ErrorsOf(json).ToDictionary(e => e.Path, e => (e.Reason, string.Join("|", e.Arguments)));

        Assert.Equal((GridFile.ExpectedOneOf, "project, territory"), errors["$.subject"]);
        Assert.Equal((GridFile.TooLong, "300"), errors["$.title.en"]);
        Assert.Equal((GridFile.OutOfRange, "0|1000"), errors["$.dimensions[0].weight"]);
        Assert.Equal((GridFile.TooFew, "2"), errors["$.scale.levels"]);
    }

    [Fact]
    public void A_number_too_large_to_hold_and_a_property_given_twice_are_refused_at_their_place()
    {
        var json = Changed(n => n["dimensions"]![0]!["weight"] = JsonNode.Parse("1e400"))
            .Replace("\"scored\":true", "\"scored\":true,\"scored\":false", StringComparison.Ordinal);

        var errors = ErrorsOf(json).Select(e => (e.Path, e.Reason));

        Assert.Equal([("$.scored", GridFile.Repeated), ("$.dimensions[0].weight", GridFile.ExpectedNumber)], errors);
    }

    [Fact]
    public void A_missing_label_is_named_by_its_path_in_the_file()
    {
        var json = Changed(n => n["dimensions"]![0]!["criteria"]![0]!["labels"]!.AsObject().Remove("fr-CA"));

        var error = Assert.Single(ErrorsOf(json));

        Assert.Equal(("$.dimensions[0].criteria[0].labels.fr-CA", GridFile.Missing), (error.Path, error.Reason));
    }

    [Theory]
    [InlineData("$.scored", GridFile.ExpectedBoolean)]
    [InlineData("$.key", GridFile.Missing)]
    [InlineData("$.subject", GridFile.ExpectedOneOf)]
    [InlineData("$.dimensions[0].key", GridFile.ExpectedKey)]
    [InlineData("$.dimensions[0].weight", GridFile.OutOfRange)]
    [InlineData("$.dimensions[0].colour", GridFile.Unknown)]
    [InlineData("$.dimensions[0].criteria", GridFile.ExpectedList)]
    [InlineData("$.scale.levels[1].key", GridFile.DuplicateKey)]
    [InlineData("$.scale.levels[1].value", GridFile.NotRising)]
    [InlineData("$.scale.levels[0].value", GridFile.Missing)]
    [InlineData("$.title.en", GridFile.TooLong)]
    [InlineData("$.dimensions", GridFile.TooFew)]
    [InlineData("$.format", GridFile.ExpectedOneOf)]
    [InlineData("$.dimensions[0].labels", GridFile.ExpectedObject)]
    [InlineData("$.dimensions[0].criteria[0].labels.en", GridFile.ExpectedText)]
    [InlineData("$.dimensions[0].criteria[0].labels.fr-FR", GridFile.Empty)]
    public void Each_kind_of_problem_is_reported_at_its_place(string path, string reason)
    {
        var json = Changed(n =>
        {
            switch (path)
            {
                case "$.scored": n["scored"] = "yes"; break;
                case "$.key": n.AsObject().Remove("key"); break;
                case "$.subject": n["subject"] = "person"; break;
                case "$.dimensions[0].key": n["dimensions"]![0]!["key"] = "People Dimension"; break;
                case "$.dimensions[0].weight": n["dimensions"]![0]!["weight"] = -1; break;
                case "$.dimensions[0].colour": n["dimensions"]![0]!["colour"] = "blue"; break;
                case "$.dimensions[0].criteria": n["dimensions"]![0]!["criteria"] = "none"; break;
                case "$.scale.levels[1].key": n["scale"]!["levels"]![1]!["key"] = "low"; break;
                case "$.scale.levels[1].value": n["scale"]!["levels"]![1]!["value"] = -5; break;
                case "$.scale.levels[0].value": n["scale"]!["levels"]![0]!.AsObject().Remove("value"); break;
                case "$.title.en": n["title"]!["en"] = new string('x', 301); break;
                case "$.dimensions": n["dimensions"] = new JsonArray(); break;
                case "$.format": n["format"] = "another-format/2"; break;
                case "$.dimensions[0].labels": n["dimensions"]![0]!["labels"] = "People"; break;
                case "$.dimensions[0].criteria[0].labels.en": n["dimensions"]![0]!["criteria"]![0]!["labels"]!["en"] = 12; break;
                case "$.dimensions[0].criteria[0].labels.fr-FR": n["dimensions"]![0]!["criteria"]![0]!["labels"]!["fr-FR"] = "  "; break;
            }
        });

        var errors = ErrorsOf(json);

        Assert.Contains(errors, e => e.Path == path && e.Reason == reason);
    }

    [Fact]
    public void A_qualitative_scale_refuses_values_and_a_scored_grid_refuses_weights_summing_to_zero()
    {
        var json = Changed(n =>
        {
            n["scale"]!["kind"] = "qualitative";
            n["dimensions"]![0]!["weight"] = 0;
        });

        var errors = ErrorsOf(json).Select(e => (e.Path, e.Reason)).ToList();

        Assert.Contains(("$.scale.levels[0].value", GridFile.NoValueOnQualitative), errors);
        Assert.Contains(("$.dimensions", GridFile.NoWeight), errors);
    }

    [Fact]
    public void Text_that_is_not_JSON_and_an_oversized_file_are_refused_whole()
    {
        var (notJson, notJsonErrors) = GridFile.Read(Encoding.UTF8.GetBytes("{\n  \"key\": oops\n}"));
        var (tooLarge, tooLargeErrors) = GridFile.Read(new byte[GridFile.MaxBytes + 1]);

        Assert.Null(notJson);
        Assert.Equal(("$", GridFile.NotJson), (notJsonErrors.Single().Path, notJsonErrors.Single().Reason));
        Assert.Equal(2L, Convert.ToInt64(notJsonErrors.Single().Arguments[0]));
        Assert.Null(tooLarge);
        Assert.Equal(GridFile.TooLarge, tooLargeErrors.Single().Reason);
    }

    [Fact]
    public void Every_reason_reads_the_same_in_the_resources()
    {
        var english = System.Xml.Linq.XDocument.Load(Path.Combine(SourceTree.WebProject, "Resources", "Text.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        Assert.All(GridFile.Reasons, r => Assert.Contains(r, english));
        Assert.Contains(GridVersionMapping.NotMapped, english);
    }
}
