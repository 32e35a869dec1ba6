
namespace Passerelles.Web.Features.Pick;

/// <summary>The presentation a project is picked for: one being added to an event (<see cref="Event"/>), or one being
/// changed (<see cref="Presentation"/>). It travels in the suggestions' address.</summary>
public sealed record ProjectContext(Guid? Event = null, Guid? Presentation = null)
{
    public string Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["event"] = Event?.ToString(), ["presentation"] = Presentation?.ToString(),
    }.Where(p => p.Value is not null)).ToUriComponent();
}

/// <summary>The projects a person may name as what a presentation presents: those they may see, found by name a few at
/// a time, never listed whole. Only those who change the presentation search them; the page that saves the choice checks
/// it again.</summary>
public sealed class ProjectPicks(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t)
{
    /// <summary>Why the signed-in person may not pick a project for <paramref name="context"/>, answered as the page
    /// that edits the presentation answers: null when they may.</summary>
    public async Task<IActionResult?> RefusalAsync(ProjectContext context)
    {
        if (context is { Event: null, Presentation: null }) return new BadRequestResult();
        var actor = await actors.GetAsync();
        var edits = context.Presentation is { } presentation
            ? (await PresentationAccess.LoadAsync(db, actor, presentation))?.Edits
            : (await EventAccess.LoadAsync(db, actor, context.Event!.Value))?.Edits;
        return edits switch
        {
            null => new NotFoundResult(),
            false => new ForbidResult(),
            true => null,
        };
    }

    public async Task<PickerAnswer> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        var terms = Organisation.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (string.Concat(terms).Length < Pickers.MinLength) return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var projects = Eligible(await actors.GetAsync());
        foreach (var term in terms) projects = projects.Where(p => p.SearchName.Contains(term));
        var found = await projects.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Take(Pickers.MaxChoices + 1)
            .Select(p => new PickerChoice(p.Id, p.Name)).ToListAsync(cancellationToken);
        if (found.Count == 0) return new([], t["No project matches “{0}”.", text.Trim()], false);
        return new(found.Take(Pickers.MaxChoices).ToList(), null, found.Count > Pickers.MaxChoices);
    }

    /// <summary>Whether the person may name the project.</summary>
    public async Task<bool> MayPickAsync(Guid projectId) => await Eligible(await actors.GetAsync()).AnyAsync(p => p.Id == projectId);

    /// <summary>The picker of a project field, its current choice shown by name while the person may see it, else as
    /// <paramref name="unseen"/> when given.</summary>
    public async Task<Picker> PickerAsync(PageModel page, ProjectContext context, string field, string label, Guid? chosen, string? none = null, string? unseen = null)
    {
        var current = chosen is { } id
            ? await Eligible(await actors.GetAsync()).Where(p => p.Id == id).Select(p => new PickerChoice(p.Id, p.Name)).FirstOrDefaultAsync()
                ?? (unseen is null ? null : new PickerChoice(id, unseen))
            : null;
        var picker = new Picker("projects", field, label, current) { None = none, Context = context.Query };
        return await page.ShowAsync(picker, text => FindAsync(text));
    }

    private IQueryable<Project> Eligible(Actor actor) => db.Projects.AsNoTracking().VisibleTo(actor);
}
