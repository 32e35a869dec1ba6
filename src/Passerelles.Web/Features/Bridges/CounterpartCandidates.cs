
namespace Passerelles.Web.Features.Bridges;

/// <summary>The organisations worth scoring as counterparts of one organisation, read a few at a time for each reason
/// that can suggest them (<see cref="CounterpartSuggestions"/>): of the same kind, of a similar role, sharing a theme,
/// sharing one of its rarest-looking words. The cost depends on the organisation's profile, never on the size of the
/// directory.</summary>
public static class CounterpartCandidates
{
    /// <summary>How many candidates each reason brings at most.</summary>
    public const int PerReason = 50;

    /// <summary>How many of the organisation's words are searched for: the longest, as the most telling.</summary>
    public const int SearchedKeywords = 3;

    /// <summary>The organisation, if the person may see it, and the candidates to score against it.</summary>
    public static async Task<(CounterpartSuggestions.Profile Organisation, List<CounterpartSuggestions.Profile> Candidates)?> ReadAsync(
        AppDbContext db, DirectoryIndex index, Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var visible = db.Organisations.AsNoTracking().VisibleTo(actor);
        if ((await ProfilesAsync(visible, [id], cancellationToken)).SingleOrDefault() is not { } organisation) return null;
        var other = organisation.Side == Side.Quebec ? Side.France : Side.Quebec;
        var across = visible.Where(o => o.Side == other);
        var role = CounterpartSuggestions.RoleOf(organisation.Kind);
        var similar = Enum.GetValues<OrganisationKind>().Where(k => k != organisation.Kind && CounterpartSuggestions.RoleOf(k) == role).ToList();

        var ids = new HashSet<Guid>();
        ids.UnionWith(await across.Where(o => o.Kind == organisation.Kind).Select(o => o.Id).Take(PerReason).ToListAsync(cancellationToken));
        if (similar.Count > 0)
            ids.UnionWith(await across.Where(o => similar.Contains(o.Kind)).Select(o => o.Id).Take(PerReason).ToListAsync(cancellationToken));
        foreach (var theme in organisation.Themes)
        {
            ids.UnionWith(await db.OrganisationThemes.Where(t => t.Name == theme)
                .Join(across, t => t.OrganisationId, o => o.Id, (t, o) => o.Id).Take(PerReason).ToListAsync(cancellationToken));
        }
        var reader = DirectoryReader.Of(actor);
        var keywords = CounterpartSuggestions.Keywords(organisation.Name + " " + organisation.Description).Keys
            .OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Take(SearchedKeywords);
        foreach (var keyword in keywords)
        {
            var found = await new DirectoryQuery(keyword, Side: other, PageSize: PerReason).RunAsync(db, reader, index, cancellationToken);
            ids.UnionWith(found.Rows.Select(r => r.Id));
        }
        return (organisation, await ProfilesAsync(visible, ids, cancellationToken));
    }

    private static async Task<List<CounterpartSuggestions.Profile>> ProfilesAsync(IQueryable<Organisation> visible, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.ToList();
        var organisations = await visible.Where(o => list.Contains(o.Id))
            .Select(o => new { o.Id, o.Name, o.Kind, o.Side, o.Description, Themes = o.Themes.Select(t => t.Name).ToList() })
            .ToListAsync(cancellationToken);
        return organisations.Select(o => new CounterpartSuggestions.Profile(o.Id, o.Name, o.Kind, o.Side, o.Description, o.Themes)).ToList();
    }
}
