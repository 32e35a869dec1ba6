namespace Passerelles.Web.Features.Mobility;

public enum UnitType { Room, Studio, OneBedroom, Shared }

/// <summary>A youth-housing residence of a housing association (Habitat Jeunes), with its units by type over time and
/// its monthly fee in its own currency.</summary>
public class Residence : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";

    /// <summary>The housing association; its administrators answer the requests for housing.</summary>
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    public string Address { get; set; } = "";
    public string City { get; set; } = "";

    /// <summary>"EUR" or "CAD".</summary>
    public string Currency { get; set; } = "EUR";
    public decimal MonthlyFee { get; set; }
    public decimal Deposit { get; set; }

    public List<ResidenceCapacity> Capacities { get; set; } = [];
}

/// <summary>How many units of one type the residence has from a month on, until the next row of the same type.</summary>
public class ResidenceCapacity
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ResidenceId { get; set; }
    public UnitType UnitType { get; set; }

    /// <summary>The first day of the month the figure applies from.</summary>
    public LocalDate From { get; set; }
    public int Units { get; set; }
}

public enum HousingRequestStatus { Requested, Offered, Declined, OtherDatesProposed, Accepted, Cancelled }

/// <summary>A request for a unit in a residence for a placement's stay, answered by the housing association: a unit
/// offered, a refusal, or other dates proposed.</summary>
public class HousingRequest : AuditedEntity
{
    public const int MessageMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlacementId { get; set; }
    public Placement Placement { get; set; } = null!;
    public Guid ResidenceId { get; set; }
    public Residence Residence { get; set; } = null!;
    public UnitType UnitType { get; set; }

    public LocalDate From { get; set; }
    public LocalDate Until { get; set; }

    public HousingRequestStatus Status { get; set; }

    /// <summary>The dates the association proposes instead, with <see cref="HousingRequestStatus.OtherDatesProposed"/>.</summary>
    public LocalDate? ProposedFrom { get; set; }
    public LocalDate? ProposedUntil { get; set; }

    public string Message { get; set; } = "";
    public Instant RequestedAt { get; set; }
    public Guid RequestedById { get; set; }
    public Instant? AnsweredAt { get; set; }
    public Guid? AnsweredById { get; set; }
}

public sealed class ResidenceConfiguration : IEntityTypeConfiguration<Residence>
{
    public void Configure(EntityTypeBuilder<Residence> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Residence.NameMaxLength);
        builder.Property(r => r.Address).HasMaxLength(Residence.AddressMaxLength);
        builder.Property(r => r.City).HasMaxLength(200);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.MonthlyFee).HasPrecision(12, 2);
        builder.Property(r => r.Deposit).HasPrecision(12, 2);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Capacities).WithOne().HasForeignKey(c => c.ResidenceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.OrganisationId);
    }
}

public sealed class ResidenceCapacityConfiguration : IEntityTypeConfiguration<ResidenceCapacity>
{
    public void Configure(EntityTypeBuilder<ResidenceCapacity> builder)
    {
        builder.HasIndex(c => new { c.ResidenceId, c.UnitType, c.From }).IsUnique();
    }
}

public sealed class HousingRequestConfiguration : IEntityTypeConfiguration<HousingRequest>
{
    public void Configure(EntityTypeBuilder<HousingRequest> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Message).HasMaxLength(HousingRequest.MessageMaxLength);
        builder.HasOne(r => r.Placement).WithMany().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Residence).WithMany().HasForeignKey(r => r.ResidenceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ResidenceId, r.From });
        builder.HasIndex(r => r.PlacementId);
    }
}
