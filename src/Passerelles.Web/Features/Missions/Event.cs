namespace Passerelles.Web.Features.Missions;

/// <summary>An event the network takes part in, such as the Assises franco-québécoises: its dates are local dates at its
/// place, whose IANA zone gives the time of its presentations. It may be part of a mission's itinerary, or stand
/// alone.</summary>
public class Event : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int CityMaxLength = 120;
    public const int AddressMaxLength = 400;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";
    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }
    public string City { get; set; } = "";
    public string Address { get; set; } = "";
    public string TimeZoneId { get; set; } = "";

    /// <summary>The organisation that organises it, from the directory, when it is there: its administrators edit it.</summary>
    public Guid? OrganiserId { get; set; }
    public Organisation? Organiser { get; set; }

    public MissionThemes Themes { get; set; }

    public List<EventTrack> Tracks { get; set; } = [];
    public List<Presentation> Presentations { get; set; } = [];
}

/// <summary>A track of an event's programme, under one of the priority themes when it has one.</summary>
public class EventTrack
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public int Position { get; set; }
    public string Name { get; set; } = "";
    public MissionThemes? Theme { get; set; }
}

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(Event.NameMaxLength);
        builder.Property(e => e.City).HasMaxLength(Event.CityMaxLength);
        builder.Property(e => e.Address).HasMaxLength(Event.AddressMaxLength);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.HasOne(e => e.Organiser).WithMany().HasForeignKey(e => e.OrganiserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(e => e.Tracks).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Presentations).WithOne(p => p.Event).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.StartsOn);
    }
}

public sealed class EventTrackConfiguration : IEntityTypeConfiguration<EventTrack>
{
    public void Configure(EntityTypeBuilder<EventTrack> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(EventTrack.NameMaxLength);
        builder.HasIndex(t => new { t.EventId, t.Position });
    }
}
