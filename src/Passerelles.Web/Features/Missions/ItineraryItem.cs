
namespace Passerelles.Web.Features.Missions;

public enum ItineraryKind { Leg, Visit, Meeting, FreeTime, Accommodation }

public enum TravelMode { Flight, Train, Car }

/// <summary>One entry of the itinerary. Its start and end are instants; each end keeps the IANA zone of its place,
/// so a leg Montréal → Paris shows its departure in Montréal time and its arrival in Paris time.</summary>
public class ItineraryItem : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 200;
    public const int AddressMaxLength = 400;
    public const int NotesMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MissionId { get; set; }
    public ItineraryKind Kind { get; set; }
    public string Title { get; set; } = "";

    public Instant StartsAt { get; set; }
    public Instant EndsAt { get; set; }

    /// <summary>The zone of the place where the item starts (the departure, for a leg).</summary>
    public string StartZoneId { get; set; } = "";

    /// <summary>The zone of the place where it ends (the arrival, for a leg); the start's zone otherwise.</summary>
    public string EndZoneId { get; set; } = "";

    /// <summary>For a leg: where it leaves from and where it arrives, and how.</summary>
    public string DeparturePlace { get; set; } = "";
    public string ArrivalPlace { get; set; } = "";
    public TravelMode? Mode { get; set; }

    /// <summary>For a visit or a meeting: the organisation visited, from the directory.</summary>
    public Guid? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>The host contact, from the directory's people.</summary>
    public Guid? HostPersonId { get; set; }
    public Person? HostPerson { get; set; }

    public string Address { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Notes { get; set; } = "";

    /// <summary>The event this item takes part in (the Assises), when there is one.</summary>
    public Guid? EventId { get; set; }
    public Event? Event { get; set; }
}

public sealed class ItineraryItemConfiguration : IEntityTypeConfiguration<ItineraryItem>
{
    public void Configure(EntityTypeBuilder<ItineraryItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(ItineraryItem.TitleMaxLength);
        builder.Property(i => i.StartZoneId).HasMaxLength(64);
        builder.Property(i => i.EndZoneId).HasMaxLength(64);
        builder.Property(i => i.DeparturePlace).HasMaxLength(ItineraryItem.PlaceMaxLength);
        builder.Property(i => i.ArrivalPlace).HasMaxLength(ItineraryItem.PlaceMaxLength);
        builder.Property(i => i.Address).HasMaxLength(ItineraryItem.AddressMaxLength);
        builder.Property(i => i.Notes).HasMaxLength(ItineraryItem.NotesMaxLength);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.HostPerson).WithMany().HasForeignKey(i => i.HostPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.MissionId, i.StartsAt });
        builder.HasIndex(i => i.OrganisationId);
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.SetNull);
    }
}
