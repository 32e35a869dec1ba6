namespace Passerelles.Web.Features.Privacy;

/// <summary>A home page section for those who answer for an organisation's privacy: at most <see cref="Limit"/> rows,
/// read with one more to know whether to link to the rest.</summary>
public sealed record OfficerSection<TRow>(IReadOnlyList<TRow> Rows, bool More)
{
    public const int Limit = 5;

    /// <summary>Who may see such a section: staff somewhere (only staff are designated officers), with the organisations
    /// they administer and whether they are network administrators; null for anyone else.</summary>
    public static (Guid Me, List<Guid> Administers, bool All)? Reader(Actor actor) =>
        actor.UserId is { } me && actor.IsStaffSomewhere ? (me, actor.Administers.ToList(), actor.IsNetworkAdministrator) : null;

    /// <summary>The section of the rows read (up to <see cref="Limit"/> + 1); null when there are none.</summary>
    public static OfficerSection<TRow>? Of<TRead>(IReadOnlyList<TRead> read, Func<TRead, TRow> row) =>
        read.Count == 0 ? null : new(read.Take(Limit).Select(row).ToList(), read.Count > Limit);
}
