
namespace Passerelles.Web.Features.Organisations;

/// <summary>Which of the organisations a person may see a picker suggests: those its field accepts, sent by the picker
/// as <c>only</c> (<c>/pick/organisations?only=Incubators</c>).</summary>
public enum OrganisationPick
{
    Any,
    Incubators,

    /// <summary>The incubators the person is on the staff of: every incubator for a network administrator.</summary>
    StaffedIncubators,

    /// <summary>The organisations of any kind the person is on the staff of: every one for a network administrator.</summary>
    Staffed,
}

/// <summary>The organisations a person may pick: those they may see (<see cref="OrganisationRules.MaySee"/>), found by
/// the directory's search a few at a time, never listed whole. What a form then accepts is its own rule, checked when
/// it is saved.</summary>
public sealed class OrganisationPicks(AppDbContext db, DirectoryIndex index, CurrentActor actors, IStringLocalizer<Text> t)
{
    public async Task<PickerAnswer> FindAsync(string text, OrganisationPick only = OrganisationPick.Any, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length < Pickers.MinLength || SearchTerms.Parse(text).IsEmpty)
            return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var actor = await actors.GetAsync();
        var (choices, more) = (only is OrganisationPick.StaffedIncubators or OrganisationPick.Staffed) && !actor.IsNetworkAdministrator
            ? await StaffedAsync(actor, text, only == OrganisationPick.StaffedIncubators, cancellationToken)
            : await SearchAsync(actor, text, only is OrganisationPick.Incubators or OrganisationPick.StaffedIncubators ? OrganisationKind.Incubator : null, cancellationToken);
        if (choices.Count == 0) return new([], t["No organisation matches “{0}”.", text], false);
        return new(choices, null, more);
    }

    /// <summary>The picker of an organisation field, its current choice shown by name if the person may see it.</summary>
    public async Task<Picker> PickerAsync(PageModel page, string field, string label, Guid? chosen, string? none = null, string? hint = null, bool locked = false,
        OrganisationPick only = OrganisationPick.Any)
    {
        var actor = await actors.GetAsync();
        var current = chosen is { } id
            ? await db.Organisations.AsNoTracking().VisibleTo(actor).Where(o => o.Id == id).Select(o => new PickerChoice(o.Id, o.Name)).SingleOrDefaultAsync()
            : null;
        var picker = new Picker("organisations", field, label, current)
        {
            None = none, Hint = hint, Locked = locked, SuggestsAsYouType = actor.IsSignedIn, Only = only == OrganisationPick.Any ? null : only.ToString(),
        };
        return await page.ShowAsync(picker, text => FindAsync(text, only));
    }

    private async Task<(List<PickerChoice> Choices, bool More)> SearchAsync(Actor actor, string text, OrganisationKind? kind, CancellationToken cancellationToken)
    {
        var results = await new DirectoryQuery(text, Kind: kind, PageSize: Pickers.MaxChoices).RunAsync(db, DirectoryReader.Of(actor), index, cancellationToken);
        return (results.Rows.Select(r => new PickerChoice(r.Id, r.Name)).ToList(), results.Total > results.Rows.Count);
    }

    /// <summary>Among the few organisations (incubators only, when asked) a person is on the staff of, those whose name
    /// holds what was typed.</summary>
    private async Task<(List<PickerChoice> Choices, bool More)> StaffedAsync(Actor actor, string text, bool incubators, CancellationToken cancellationToken)
    {
        var key = Organisation.SearchKey(text);
        var staffs = actor.Staffs.ToList();
        var staffed = incubators ? db.Organisations.AsNoTracking().StaffedBy(actor) : db.Organisations.AsNoTracking().Where(o => staffs.Contains(o.Id));
        var found = await staffed.Where(o => o.SearchName.Contains(key))
            .OrderBy(o => o.SearchName).Take(Pickers.MaxChoices + 1).Select(o => new PickerChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        return (found.Take(Pickers.MaxChoices).ToList(), found.Count > Pickers.MaxChoices);
    }
}
