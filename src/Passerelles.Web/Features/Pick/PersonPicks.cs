using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.People;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Pick;

/// <summary>The people of the directory someone may name as met on a mission's visit, found by name a few at a time:
/// those they may see in the directory, and those the mission has already met. Only those who write the mission's
/// record search them; the page that saves the choice checks it again.</summary>
public sealed class PersonPicks(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t)
{
    public async Task<IActionResult?> RefusalAsync(Guid mission) =>
        (await MissionScope.LoadAsync(db, await actors.GetAsync(), mission, write: true)).Refusal;

    public async Task<PickerAnswer> FindAsync(Guid mission, string text, CancellationToken cancellationToken = default)
    {
        var key = Organisation.SearchKey(text);
        var terms = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (string.Concat(terms).Length < Pickers.MinLength) return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var people = Eligible(await actors.GetAsync(), mission);
        foreach (var term in terms) people = people.Where(p => p.SearchName.Contains(term));
        var found = await people.OrderBy(p => p.SearchName).ThenBy(p => p.Id).Take(Pickers.MaxChoices + 1).Select(Choice).ToListAsync(cancellationToken);
        if (found.Count == 0) return new([], t["Nobody matches “{0}”.", text.Trim()], false);
        return new(found.Take(Pickers.MaxChoices).ToList(), null, found.Count > Pickers.MaxChoices);
    }

    public async Task<Picker> PickerAsync(PageModel page, Guid mission, string field, string label, Guid? chosen)
    {
        var current = chosen is { } id ? await Eligible(await actors.GetAsync(), mission).Where(p => p.Id == id).Select(Choice).FirstOrDefaultAsync() : null;
        var picker = new Picker("persons", field, label, current) { Context = QueryString.Create("mission", mission.ToString()).ToUriComponent() };
        return await page.ShowAsync(picker, text => FindAsync(mission, text));
    }

    /// <summary>Whether the person may be named as met on the mission.</summary>
    public async Task<bool> MayPickAsync(Guid mission, Guid personId) =>
        await Eligible(await actors.GetAsync(), mission).AnyAsync(p => p.Id == personId);

    private IQueryable<Person> Eligible(Actor actor, Guid mission)
    {
        var items = db.ItineraryItems.Where(i => i.MissionId == mission).Select(i => i.Id);
        var met = db.PeopleMet.Where(m => items.Contains(m.ItemId)).Select(m => m.PersonId);
        var visible = db.People.VisibleTo(actor).Select(p => p.Id);
        return db.People.AsNoTracking().Where(p => visible.Contains(p.Id) || met.Contains(p.Id));
    }

    private static readonly System.Linq.Expressions.Expression<Func<Person, PickerChoice>> Choice =
        p => new PickerChoice(p.Id, p.DisplayName + (p.Roles.Any() ? " (" + p.Roles.OrderBy(r => r.Organisation.Name).Select(r => r.Organisation.Name).First() + ")" : ""));
}
