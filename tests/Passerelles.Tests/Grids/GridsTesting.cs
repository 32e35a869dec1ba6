using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Grids;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Grids;

public static class GridsTesting
{
    private static LocalisedText Text(string english) => new($"{english} (QC)", $"{english} (FR)", english);

    /// <summary>A draft version with the given levels (values, or null on a qualitative scale) and dimensions (the
    /// weights of their criteria).</summary>
    public static GridVersion Version(ScaleKind kind, bool scored, decimal?[] levels, decimal[][] dimensions) => new()
    {
        Number = 1,
        Title = Text("Test grid"),
        IsScored = scored,
        ScaleKind = kind,
        Levels = levels.Select((v, i) => new GridLevel { Position = i + 1, Key = $"level-{i + 1}", Label = Text($"Level {i + 1}"), Value = v }).ToList(),
        Dimensions = dimensions.Select((weights, i) => new GridDimension
        {
            Position = i + 1, Key = $"dimension-{i + 1}", Label = Text($"Dimension {i + 1}"),
            Criteria = weights.Select((w, j) => new GridCriterion
            {
                Position = j + 1, Key = $"criterion-{i + 1}-{j + 1}", Label = Text($"Criterion {i + 1}.{j + 1}"), Weight = w,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>A small valid grid file, with a key of its own.</summary>
    public static string ValidFile(string? key = null, string subject = "project") => $$"""
        {
          "format": "passerelles-grid/1",
          "key": "{{key ?? "test-" + Guid.NewGuid().ToString("N")[..12]}}",
          "subject": "{{subject}}",
          "title": { "fr-CA": "Grille d'essai", "fr-FR": "Grille d'essai", "en": "Test grid" },
          "scored": true,
          "scale": { "kind": "numeric", "levels": [
            { "key": "low", "labels": { "fr-CA": "Faible", "fr-FR": "Faible", "en": "Low" }, "value": 0 },
            { "key": "high", "labels": { "fr-CA": "Fort", "fr-FR": "Fort", "en": "High" }, "value": 2 } ] },
          "dimensions": [
            { "key": "people", "labels": { "fr-CA": "Personnes", "fr-FR": "Personnes", "en": "People" }, "weight": 2, "criteria": [
              { "key": "participation", "labels": { "fr-CA": "Participation", "fr-FR": "Participation", "en": "Participation" },
                "indicators": [ { "key": "seat", "labels": { "fr-CA": "Siège", "fr-FR": "Siège", "en": "Seat" } } ] } ] }
          ]
        }
        """;

    /// <summary>Installs a grid from a file as published version 1 and returns that version's id.</summary>
    public static Task<Guid> CreatePublishedGridAsync(this AppFactory app, string? file = null) =>
        app.WithDbAsync(async db =>
        {
            var (definition, errors) = GridFile.Read(Encoding.UTF8.GetBytes(file ?? ValidFile()));
            Assert.Empty(errors);
            var grid = new Grid { Key = definition!.Key, Subject = GridFile.SubjectOf(definition) };
            var version = GridFile.ToDraft(definition, grid.Id, 1);
            version.Publish(Instant.FromUtc(2026, 3, 1, 12, 0), null);
            grid.Versions.Add(version);
            db.Grids.Add(grid);
            await db.SaveChangesAsync();
            return version.Id;
        });

    public static Task<GridVersion> VersionAsync(this AppFactory app, Guid versionId) =>
        app.WithDbAsync(async db => (await GridLoader.LoadVersionAsync(db, versionId, tracked: false))!);

    public static async Task<HttpResponseMessage> PostGridFileAsync(this HttpClient client, byte[] file)
    {
        var form = await HtmlPage.GetAsync(client, "/grids/import");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var token = form.Document.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(fileContent, "Input.File", "grid.json");
        return await client.PostAsync("/grids/import", content);
    }

    /// <summary>A coach of a new incubator, reading the interface in the given language.</summary>
    public static async Task<HttpClient> SignedInCoachAsync(this AppFactory app, string culture = "en")
    {
        var email = $"{Guid.NewGuid():N}@test.passerelles.org";
        var user = await app.CreateUserAsync(email, culture: culture);
        await app.AddMemberAsync((await app.CreateOrganisationAsync()).Id, user.Id, MemberRole.Coach);
        return await app.SignedInClientAsync(email);
    }

    public static Task<int> GridCountAsync(this AppFactory app) => app.WithDbAsync(db => db.Grids.CountAsync());
}
