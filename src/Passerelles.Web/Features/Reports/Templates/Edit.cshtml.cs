namespace Passerelles.Web.Features.Reports.Templates;

/// <summary>Network administrators edit a template. A draft version is changed in place; a published one is never
/// changed: saving it makes the next version, so that the reports made with it keep the version they were made with.</summary>
public sealed class EditModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : TemplateFormPage(db, actors, t)
{
    public ReportTemplate Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Input = TemplateForm.From(Template, BlankRows);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Input.Key = Template.Key;
        if (!await CheckAsync()) return await ShowAsync();
        var version = Template;
        if (Template.Status == TemplateStatus.Published)
        {
            var next = await Db.ReportTemplates.Where(x => x.Key == Template.Key).MaxAsync(x => x.Number) + 1;
            version = Template.NextVersion(next);
            Db.ReportTemplates.Add(version);
        }
        Input.ApplyTo(version);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["Version {0} of the template was saved.", version.Number].Value;
        return Redirect("/reports/templates");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await Actors.GetAsync();
        var template = await Db.ReportTemplates.SingleOrDefaultAsync(x => x.Id == id);
        if (template is null) return NotFound();
        if (!actor.MayEditTemplates()) return Forbid();
        Template = template;
        return null;
    }
}
