namespace Passerelles.Web.Features.Bridges;

public enum BridgeKind
{
    Partnership,
    Membership,
    Funding,
    CoProject,
    MobilityExchange,
    DelegationVisit,
    Agreement,
    Counterpart,
}

/// <summary>Where an introduction stands: a suggested counterpart becomes proposed, then introduced, active and
/// finally ended. Bridges recorded from known facts start active.</summary>
public enum BridgeStatus { Proposed, Introduced, Active, Ended }

/// <summary>A typed, dated link between two organisations, usually across the ocean.</summary>
public class Bridge : AuditedEntity
{
    public const int DescriptionMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid FromOrganisationId { get; set; }
    public Organisation FromOrganisation { get; set; } = null!;
    public Guid ToOrganisationId { get; set; }
    public Organisation ToOrganisation { get; set; } = null!;
    public BridgeKind Kind { get; set; }
    public BridgeStatus Status { get; set; } = BridgeStatus.Active;
    public LocalDate? StartDate { get; set; }
    public LocalDate? EndDate { get; set; }
    public string Description { get; set; } = "";
    public string EvidenceUrl { get; set; } = "";

    /// <summary>The name the evidence document had when uploaded, and the name it is stored under (outside the web root).</summary>
    public string EvidenceFileName { get; set; } = "";
    public string EvidenceStoredName { get; set; } = "";

    /// <summary>Whether the status may move to <paramref name="next"/>: an introduction only ever moves forward
    /// (proposed, introduced, active, ended), though it may skip a step.</summary>
    public bool CanMoveTo(BridgeStatus next) => Enum.IsDefined(next) && next > Status;

    public void MoveTo(BridgeStatus next)
    {
        if (!CanMoveTo(next)) throw new InvalidOperationException($"A bridge cannot move from {Status} back or over to {next}.");
        Status = next;
    }

    /// <summary>Ends the bridge on <paramref name="date"/>, or on its start date if that is later.</summary>
    public void End(LocalDate date)
    {
        EndDate = StartDate is { } start && date < start ? start : date;
        Status = BridgeStatus.Ended;
    }

    /// <summary>The rules every bridge obeys, as the keys of the messages that explain a broken one.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(Guid from, Guid to, LocalDate? start, LocalDate? end)
    {
        if (from == to) yield return (nameof(ToOrganisationId), "A bridge joins two different organisations.");
        if (start is { } s && end is { } e && e < s) yield return (nameof(EndDate), "The end date cannot be before the start date.");
    }
}

public sealed class BridgeConfiguration : IEntityTypeConfiguration<Bridge>
{
    public void Configure(EntityTypeBuilder<Bridge> builder)
    {
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.Description).HasMaxLength(Bridge.DescriptionMaxLength);
        builder.Property(b => b.EvidenceUrl).HasMaxLength(500);
        builder.Property(b => b.EvidenceFileName).HasMaxLength(200);
        builder.Property(b => b.EvidenceStoredName).HasMaxLength(100);
        builder.HasOne(b => b.FromOrganisation).WithMany().HasForeignKey(b => b.FromOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.ToOrganisation).WithMany().HasForeignKey(b => b.ToOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.FromOrganisationId, b.Kind });
        builder.HasIndex(b => new { b.ToOrganisationId, b.Kind });
        builder.ToTable(t => t.HasCheckConstraint("CK_Bridges_DifferentEnds", "\"FromOrganisationId\" <> \"ToOrganisationId\""));
    }
}
