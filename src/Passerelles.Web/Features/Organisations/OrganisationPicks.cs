using Passerelles.Web.Features.Directory;
using Passerelles.Web.Infrastructure;

namespace Passerelles.Web.Features.Organisations;

/// <summary>The organisations a person may pick: those they may see (<see cref="OrganisationRules.MaySee"/>), found by
/// the directory's search a few at a time, never listed whole. What a form then accepts is its own rule, checked when
/// it is saved.</summary>
public sealed class OrganisationPicks(AppDbContext db, DirectoryIndex index, CurrentActor actors, IStringLocalizer<Text> t)
{
    public async Task<PickerAnswer> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length < Pickers.MinLength || SearchTerms.Parse(text).IsEmpty)
            return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var results = await new DirectoryQuery(text, PageSize: Pickers.MaxChoices)
            .RunAsync(db, DirectoryReader.Of(await actors.GetAsync()), index, cancellationToken);
        if (results.Rows.Count == 0) return new([], t["No organisation matches “{0}”.", text], false);
        return new(results.Rows.Select(r => new PickerChoice(r.Id, r.Name)).ToList(), null, results.Total > results.Rows.Count);
    }

    /// <summary>The picker of an organisation field, its current choice shown by name if the person may see it.</summary>
    public async Task<Picker> PickerAsync(PageModel page, string field, string label, Guid? chosen, string? none = null, string? hint = null, bool locked = false)
    {
        var actor = await actors.GetAsync();
        var current = chosen is { } id
            ? await db.Organisations.AsNoTracking().VisibleTo(actor).Where(o => o.Id == id).Select(o => new PickerChoice(o.Id, o.Name)).SingleOrDefaultAsync()
            : null;
        var picker = new Picker("organisations", field, label, current) { None = none, Hint = hint, Locked = locked, SuggestsAsYouType = actor.IsSignedIn };
        return await page.ShowAsync(picker, text => FindAsync(text));
    }
}
