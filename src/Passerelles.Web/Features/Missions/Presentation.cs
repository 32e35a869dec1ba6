
namespace Passerelles.Web.Features.Missions;

/// <summary>A presentation the network gives at an event: its time slot is two instants read in the event's zone, its
/// slides a file kept like the circles' resources, and it links to what it presents — a characterisation grid, a
/// project, or an initiative (a title and a web address).</summary>
public class Presentation : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int InitiativeMaxLength = 200;
    public const int UrlMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid EventId { get; set; }
    public Event Event { get; set; } = null!;
    public string Title { get; set; } = "";

    public Guid? TrackId { get; set; }
    public EventTrack? Track { get; set; }
    public MissionThemes? Theme { get; set; }

    public Instant StartsAt { get; set; }
    public Instant EndsAt { get; set; }

    /// <summary>The event's zone when the slot was set: the slot reads the same at the place if the event moves.</summary>
    public string ZoneId { get; set; } = "";

    public Guid? GridId { get; set; }
    public Grid? Grid { get; set; }
    public Guid? ProjectId { get; set; }
    public Project? Project { get; set; }
    public string InitiativeTitle { get; set; } = "";
    public string InitiativeUrl { get; set; } = "";

    public string? SlidesFileName { get; set; }
    public string? SlidesContentType { get; set; }
    public string? SlidesStoredName { get; set; }

    public List<PresentationSpeaker> Speakers { get; set; } = [];
    public List<PresentationFeedback> Feedback { get; set; } = [];
    public List<PresentationContact> Contacts { get; set; } = [];
}

public class PresentationSpeaker
{
    public Guid PresentationId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
}

/// <summary>A note from someone who attended the presentation.</summary>
public class PresentationFeedback
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PresentationId { get; set; }
    public Guid AuthorId { get; set; }
    public AppUser Author { get; set; } = null!;
    public Instant WrittenAt { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>Someone met at the presentation: a person of the directory, or a name with an organisation and an e-mail
/// address. Personal data: the record is controlled by the organisation of the person who made it (DOMAIN.md §8).</summary>
public class PresentationContact
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PresentationId { get; set; }
    public Guid? PersonId { get; set; }
    public People.Person? Person { get; set; }
    public string Name { get; set; } = "";
    public string OrganisationName { get; set; } = "";
    public string Email { get; set; } = "";
    public Guid ControllerOrganisationId { get; set; }
    public Guid RecordedById { get; set; }
    public Instant RecordedAt { get; set; }
}

public sealed class PresentationConfiguration : IEntityTypeConfiguration<Presentation>
{
    public void Configure(EntityTypeBuilder<Presentation> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Presentation.TitleMaxLength);
        // One theme of a flag set, stored by its name as the other choices are (flag sets are otherwise kept as numbers).
        builder.Property(p => p.Theme).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ZoneId).HasMaxLength(64);
        builder.Property(p => p.InitiativeTitle).HasMaxLength(Presentation.InitiativeMaxLength);
        builder.Property(p => p.InitiativeUrl).HasMaxLength(Presentation.UrlMaxLength);
        builder.Property(p => p.SlidesFileName).HasMaxLength(200);
        builder.Property(p => p.SlidesContentType).HasMaxLength(200);
        builder.Property(p => p.SlidesStoredName).HasMaxLength(32);
        builder.HasOne(p => p.Track).WithMany().HasForeignKey(p => p.TrackId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Grid).WithMany().HasForeignKey(p => p.GridId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Project).WithMany().HasForeignKey(p => p.ProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Speakers).WithOne().HasForeignKey(s => s.PresentationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Feedback).WithOne().HasForeignKey(f => f.PresentationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PresentationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EventId, p.StartsAt });
    }
}

public sealed class PresentationSpeakerConfiguration : IEntityTypeConfiguration<PresentationSpeaker>
{
    public void Configure(EntityTypeBuilder<PresentationSpeaker> builder)
    {
        builder.HasKey(s => new { s.PresentationId, s.UserId });
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
    }
}

public sealed class PresentationFeedbackConfiguration : IEntityTypeConfiguration<PresentationFeedback>
{
    public void Configure(EntityTypeBuilder<PresentationFeedback> builder)
    {
        builder.Property(f => f.Text).HasMaxLength(PresentationFeedback.TextMaxLength);
        builder.HasOne(f => f.Author).WithMany().HasForeignKey(f => f.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.PresentationId, f.WrittenAt });
    }
}

public sealed class PresentationContactConfiguration : IEntityTypeConfiguration<PresentationContact>
{
    public void Configure(EntityTypeBuilder<PresentationContact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(PresentationContact.NameMaxLength);
        builder.Property(c => c.OrganisationName).HasMaxLength(PresentationContact.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(PresentationContact.EmailMaxLength);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.ControllerOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ControllerOrganisationId);
    }
}
