namespace Passerelles.Web.Features.Directory;

/// <summary>Who a search of the directory is for, as its engines filter it: the rule of
/// <see cref="OrganisationRules.MaySee"/> over many organisations at once. Network administrators find every
/// organisation; anyone else the public ones and the private ones of <see cref="Sees"/> — the few they belong to or act
/// for through a carrier — which the engines look up one by one rather than reading every private match.</summary>
public sealed record DirectoryReader(bool SeesAll, IReadOnlySet<Guid> Sees)
{
    /// <summary>A visitor, or anyone who belongs to no organisation: public organisations only.</summary>
    public static readonly DirectoryReader Visitor = new(false, new SortedSet<Guid>());

    /// <summary>A network administrator: every organisation.</summary>
    public static readonly DirectoryReader Everyone = new(true, new SortedSet<Guid>());

    public static DirectoryReader Of(Actor actor) =>
        actor.IsNetworkAdministrator ? Everyone : new DirectoryReader(false, new SortedSet<Guid>(actor.Sees));

    /// <summary>Whether no private organisation can be found: visitors' searches read the public ones only.</summary>
    public bool PublicOnly => !SeesAll && Sees.Count == 0;

    public bool MayFind(Guid organisationId, bool isPublic) => isPublic || SeesAll || Sees.Contains(organisationId);
}
