
namespace Passerelles.Web.Features.Missions;

/// <summary>What happened at a visit or a meeting of the itinerary: the notes taken there, in Markdown. The notes, like
/// the people met, are personal data of the mission's lead organisation as controller (DOMAIN.md §8).</summary>
public class VisitRecord : AuditedEntity
{
    public const int NotesMaxLength = 20000;

    public Guid ItemId { get; set; }
    public Guid MissionId { get; set; }

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Notes { get; set; } = "";
}

/// <summary>Someone the delegation met at a visit, from the directory. Whether they consent to appear in the visit's
/// photos is recorded here, for this visit, as the consent of attendees to a session's recording is.</summary>
public class PersonMet
{
    public const string PhotoNeedsConsent = "A photo can be added only when every person shown on it has consented. Record their consent first.";

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ItemId { get; set; }
    public Guid PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public bool ConsentsToPhotos { get; set; }
    public Instant? ConsentRecordedAt { get; set; }
    public Guid? ConsentRecordedBy { get; set; }
    public Instant AddedAt { get; set; }

    public void RecordPhotoConsent(bool consents, Instant at, Guid by) =>
        (ConsentsToPhotos, ConsentRecordedAt, ConsentRecordedBy) = (consents, at, by);
}

/// <summary>What a visit achieved against one of the mission's objectives.</summary>
public class VisitOutcome
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ItemId { get; set; }
    public Guid ObjectiveId { get; set; }
    public MissionObjective Objective { get; set; } = null!;
    public string Text { get; set; } = "";
    public Guid RecordedById { get; set; }
    public Instant RecordedAt { get; set; }
}

/// <summary>A document or a photo of a visit, kept like the circles' resources (see <see cref="VisitFiles"/>) and served
/// only to those who read the visit's record.</summary>
public class VisitFile
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ItemId { get; set; }
    public string Title { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StoredName { get; set; } = "";
    public Guid AddedById { get; set; }
    public Instant AddedAt { get; set; }

    /// <summary>How many people were said to be shown on the photo when it was added. Someone erased from the directory
    /// takes their row of <see cref="VisitPhotoPerson"/> with them; this count still knows they were there.</summary>
    public int PeopleShown { get; set; }

    public bool IsPhoto => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

public sealed class VisitRecordConfiguration : IEntityTypeConfiguration<VisitRecord>
{
    public void Configure(EntityTypeBuilder<VisitRecord> builder)
    {
        builder.HasKey(r => r.ItemId);
        builder.Property(r => r.Notes).HasMaxLength(VisitRecord.NotesMaxLength);
        builder.HasOne<ItineraryItem>().WithOne().HasForeignKey<VisitRecord>(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.MissionId);
    }
}

public sealed class PersonMetConfiguration : IEntityTypeConfiguration<PersonMet>
{
    public void Configure(EntityTypeBuilder<PersonMet> builder)
    {
        builder.HasOne<ItineraryItem>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ItemId, p.PersonId }).IsUnique();
        builder.HasIndex(p => p.PersonId);
    }
}

public sealed class VisitOutcomeConfiguration : IEntityTypeConfiguration<VisitOutcome>
{
    public void Configure(EntityTypeBuilder<VisitOutcome> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(VisitOutcome.TextMaxLength);
        builder.HasOne<ItineraryItem>().WithMany().HasForeignKey(o => o.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Objective).WithMany().HasForeignKey(o => o.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(o => o.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.ItemId);
        builder.HasIndex(o => o.ObjectiveId);
    }
}

public sealed class VisitFileConfiguration : IEntityTypeConfiguration<VisitFile>
{
    public void Configure(EntityTypeBuilder<VisitFile> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(VisitFile.TitleMaxLength);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StoredName).HasMaxLength(32);
        builder.Ignore(f => f.IsPhoto);
        builder.HasOne<ItineraryItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ItemId);
    }
}
