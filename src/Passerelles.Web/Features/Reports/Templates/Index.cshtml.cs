
namespace Passerelles.Web.Features.Reports.Templates;

/// <summary>The report templates, each with its versions, newest first, for network administrators to write.</summary>
public sealed class IndexModel(AppDbContext db, CurrentActor actors) : PageModel
{
    public sealed record Row(Guid Id, string Key, int Number, LocalisedText Name, string? Funder, TemplateStatus Status, int Sections);

    public IReadOnlyList<IGrouping<string, Row>> Templates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await actors.GetAsync()).MayEditTemplates()) return Forbid();
        var rows = await db.ReportTemplates.AsNoTracking().OrderBy(x => x.Key).ThenByDescending(x => x.Number)
            .Select(x => new { x.Id, x.Key, x.Number, x.Name, Funder = x.Funder == null ? null : x.Funder.Name, x.Status, x.SectionsJson })
            .ToListAsync();
        Templates = rows.Select(x => new Row(x.Id, x.Key, x.Number, x.Name, x.Funder, x.Status,
                new ReportTemplate { SectionsJson = x.SectionsJson }.Sections.Count))
            .GroupBy(x => x.Key).ToList();
        return Page();
    }
}
