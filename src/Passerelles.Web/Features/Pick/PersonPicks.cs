
namespace Passerelles.Web.Features.Pick;

/// <summary>The record a person of the directory is picked for: someone met on a mission's visit (<see cref="Mission"/>),
/// or a contact made at a presentation (<see cref="Presentation"/>). It travels in the suggestions' address.</summary>
public sealed record PersonContext(Guid? Mission = null, Guid? Presentation = null)
{
    public string Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["mission"] = Mission?.ToString(), ["presentation"] = Presentation?.ToString(),
    }.Where(p => p.Value is not null)).ToUriComponent();
}

/// <summary>The people of the directory someone may name, found by name a few at a time: those they may see in the
/// directory and, on a mission's visit, those the mission has already met. Only those who write the mission's record
/// search them for a visit, and those who see a presentation for its contacts; the page that saves the choice checks it
/// again.</summary>
public sealed class PersonPicks(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t)
{
    public async Task<IActionResult?> RefusalAsync(PersonContext context)
    {
        var actor = await actors.GetAsync();
        return context switch
        {
            { Mission: { } mission } => (await MissionScope.LoadAsync(db, actor, mission, write: true)).Refusal,
            { Presentation: { } presentation } => await PresentationAccess.LoadAsync(db, actor, presentation) is null ? new NotFoundResult() : null,
            _ => new BadRequestResult(),
        };
    }

    public async Task<PickerAnswer> FindAsync(PersonContext context, string text, CancellationToken cancellationToken = default)
    {
        var key = Organisation.SearchKey(text);
        var terms = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (string.Concat(terms).Length < Pickers.MinLength) return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var people = Eligible(await actors.GetAsync(), context);
        foreach (var term in terms) people = people.Where(p => p.SearchName.Contains(term));
        var found = await people.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Take(Pickers.MaxChoices + 1).Select(Choice).ToListAsync(cancellationToken);
        if (found.Count == 0) return new([], t["Nobody matches “{0}”.", text.Trim()], false);
        return new(found.Take(Pickers.MaxChoices).ToList(), null, found.Count > Pickers.MaxChoices);
    }

    public Task<Picker> PickerAsync(PageModel page, Guid mission, string field, string label, Guid? chosen) =>
        PickerAsync(page, new PersonContext(Mission: mission), field, label, chosen);

    public async Task<Picker> PickerAsync(PageModel page, PersonContext context, string field, string label, Guid? chosen, string? none = null)
    {
        var current = chosen is { } id ? await Eligible(await actors.GetAsync(), context).Where(p => p.Id == id).Select(Choice).FirstOrDefaultAsync() : null;
        var picker = new Picker("persons", field, label, current) { None = none, Context = context.Query };
        return await page.ShowAsync(picker, text => FindAsync(context, text));
    }

    /// <summary>Whether the person may be named as met on the mission.</summary>
    public Task<bool> MayPickAsync(Guid mission, Guid personId) => MayPickAsync(new PersonContext(Mission: mission), personId);

    public async Task<bool> MayPickAsync(PersonContext context, Guid personId) =>
        await Eligible(await actors.GetAsync(), context).AnyAsync(p => p.Id == personId);

    private IQueryable<Person> Eligible(Actor actor, PersonContext context)
    {
        var visible = db.People.VisibleTo(actor).Select(p => p.Id);
        if (context.Mission is not { } mission) return db.People.AsNoTracking().Where(p => visible.Contains(p.Id));
        var items = db.ItineraryItems.Where(i => i.MissionId == mission).Select(i => i.Id);
        var met = db.PeopleMet.Where(m => items.Contains(m.ItemId)).Select(m => m.PersonId);
        return db.People.AsNoTracking().Where(p => visible.Contains(p.Id) || met.Contains(p.Id));
    }

    private static readonly System.Linq.Expressions.Expression<Func<Person, PickerChoice>> Choice =
        p => new PickerChoice(p.Id, p.DisplayName + (p.Roles.Any() ? " (" + p.Roles.OrderBy(r => r.Organisation.Name).Select(r => r.Organisation.Name).First() + ")" : ""));
}
