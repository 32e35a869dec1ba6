namespace Passerelles.Web.Features.Reports.Templates;

/// <summary>Network administrators write a new template; it starts at version 1.</summary>
public sealed class NewModel(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t) : TemplateFormPage(db, actors, t)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!(await Actors.GetAsync()).MayEditTemplates()) return Forbid();
        Input.AddBlankRows(BlankRows + 1);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await Actors.GetAsync()).MayEditTemplates()) return Forbid();
        var key = Input.Key?.Trim();
        if (!Grids.Grid.IsValidKey(key)) ModelState.AddModelError("Input.Key", T["Write a key of lowercase letters, digits and hyphens."]);
        else if (await Db.ReportTemplates.AnyAsync(x => x.Key == key)) ModelState.AddModelError("Input.Key", T["A template already has this key."]);
        if (!await CheckAsync()) return await ShowAsync();
        var template = new ReportTemplate { Key = key!, Number = 1 };
        Input.ApplyTo(template);
        Db.ReportTemplates.Add(template);
        await Db.SaveChangesAsync();
        TempData["Notice"] = T["The template was saved."].Value;
        return Redirect("/reports/templates");
    }
}
