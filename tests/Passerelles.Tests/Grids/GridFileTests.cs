using System.Text;
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
    public void A_missing_label_is_named_by_its_path_in_the_file()
    {
        var json = Changed(n => n["dimensions"]![0]!["criteria"]![0]!["labels"]!.AsObject().Remove("fr-CA"));

        var error = Assert.Single(ErrorsOf(json));

        Assert.Equal(("$.dimensions[0].criteria[0].labels.fr-CA", GridFile.Missing), (error.Path, error.Reason));
    }

    [Theory]
    [InlineData("$.scored", GridFile.ExpectedBoolean)]
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
