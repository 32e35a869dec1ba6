using Passerelles.Web.Infrastructure;
using Passerelles.Web.Features.Directory;

namespace Passerelles.Web.Features.Organisations;

/// <summary>The organisations a person may pick: those they may see (<see cref="OrganisationRules.MaySee"/>), found by
/// the directory's search, a few at a time. What a form then accepts is its own rule, checked when it is saved.</summary>
public static class OrganisationPicks
{
    public static async Task<PickerAnswer> FindAsync(AppDbContext db, DirectoryIndex index, Actor actor, IStringLocalizer t, string text,
        CancellationToken cancellationToken = default)
    {
        text = text.Trim();
        if (text.Length < Pickers.MinLength || SearchTerms.Parse(text).IsEmpty)
            return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var results = await new DirectoryQuery(text, PageSize: Pickers.MaxChoices)
            .RunAsync(db, DirectoryReader.Of(actor), index, cancellationToken);
        if (results.Rows.Count == 0) return new([], t["No organisation matches “{0}”.", text], false);
        return new(results.Rows.Select(r => new PickerChoice(r.Id, r.Name)).ToList(), null, results.Total > results.Rows.Count);
    }

    /// <summary>The name of a chosen organisation, if the person may see it.</summary>
    public static async Task<PickerChoice?> ChosenAsync(AppDbContext db, Actor actor, Guid? id) =>
        id is { } chosen
            ? await db.Organisations.AsNoTracking().VisibleTo(actor).Where(o => o.Id == chosen).Select(o => new PickerChoice(o.Id, o.Name)).SingleOrDefaultAsync()
            : null;
}
