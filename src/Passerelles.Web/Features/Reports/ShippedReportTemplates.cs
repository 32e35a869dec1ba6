using System.Text.Json;

namespace Passerelles.Web.Features.Reports;

/// <summary>The three templates Passerelles ships (Shipped/*.json, embedded in the assembly): the FFQCD final report, a
/// LOJIQ programme report and the network's annual activity report. At start-up, as for the shipped grids, a template
/// whose key is absent is installed as published version 1, its funder found in the directory by name when it is
/// there; a template already there is left alone, whatever versions its users made since.</summary>
public static class ShippedReportTemplates
{
    public const string Ffqcd = "ffqcd-final-report";
    public const string Lojiq = "lojiq-programme-report";
    public const string NetworkAnnual = "network-annual-report";

    public static readonly IReadOnlyList<string> Keys = [Ffqcd, Lojiq, NetworkAnnual];

    private sealed record ShippedFile(string Key, LocalisedText Name, string? Funder, List<TemplateSection> Sections);

    private static ShippedFile Read(string key)
    {
        var name = $"Passerelles.Web.Features.Reports.Shipped.{key}.json";
        using var stream = typeof(ShippedReportTemplates).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"The shipped report template {key} is missing from the assembly.");
        return JsonSerializer.Deserialize<ShippedFile>(stream, ReportJson.Options)
               ?? throw new InvalidOperationException($"The shipped report template {key} is empty.");
    }

    public static async Task EnsureAsync(AppDbContext db)
    {
        var present = await db.ReportTemplates.Where(t => Keys.Contains(t.Key)).Select(t => t.Key).Distinct().ToListAsync();
        foreach (var key in Keys.Except(present))
        {
            var file = Read(key);
            var funder = file.Funder is null ? null : await db.Organisations.Where(o => o.Name == file.Funder).Select(o => (Guid?)o.Id).FirstOrDefaultAsync();
            db.ReportTemplates.Add(new ReportTemplate
            {
                Key = file.Key, Number = 1, Status = TemplateStatus.Published, Name = file.Name, FunderId = funder, Sections = file.Sections,
            });
        }
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync();
    }

    /// <summary>The funder named in a shipped template's file, for demo data that creates the directory afterwards.</summary>
    public static string? FunderName(string key) => Read(key).Funder;
}
