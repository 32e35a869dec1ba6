namespace Passerelles.Web.Features.Privacy;

public enum PersonalDataAccessKind { Read, Export, Download }

/// <summary>One line of the audit trail of who read or exported personal data (both regimes ask for it). Lines are
/// only ever added: the trail is evidence, so nothing edits or deletes one, and it keeps the person's id even after
/// the person is erased.</summary>
public class PersonalDataAccess : IAppendOnly
{
    public const int ExportMaxLength = 100;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Instant At { get; init; }
    public Guid UserId { get; init; }
    public PersonalDataAccessKind Kind { get; init; }

    /// <summary>The person whose record was read; empty for an export.</summary>
    public Guid? PersonId { get; init; }

    /// <summary>Which export, download or list of people was read ("access-log-csv", "circle-members"); empty for the
    /// read of one person's entry.</summary>
    public string Export { get; init; } = "";

    /// <summary>The record whose people were listed or whose file was taken (a circle, a project, an application).</summary>
    public Guid? RecordId { get; init; }

    /// <summary>The organisation that answers for that record, whose officer sees the line; empty when none does alone.</summary>
    public Guid? OrganisationId { get; init; }

    /// <summary>How many people a list named; one line stands for the whole list.</summary>
    public int Count { get; init; }

    /// <summary>The placement whose sensitive document was read, downloaded or exported; empty otherwise.</summary>
    public Guid? PlacementId { get; init; }

    /// <summary>Which of the placement's documents (a <c>DocumentKind</c>); empty otherwise.</summary>
    public string Document { get; init; } = "";

    public static PersonalDataAccess OfPlacement(Guid userId, Guid placementId, PersonalDataAccessKind kind, string document, Instant at) =>
        new() { UserId = userId, PlacementId = placementId, Kind = kind, Document = document, At = at };

    public static PersonalDataAccess Read(Guid userId, Guid personId, Instant at) =>
        new() { UserId = userId, PersonId = personId, Kind = PersonalDataAccessKind.Read, At = at };

    /// <summary>A list of people read, a file about people exported or a person's document downloaded, in a feature's
    /// record: one line, naming what was read (<paramref name="what"/>) and how many people it held.</summary>
    public static PersonalDataAccess OfRecord(Guid userId, PersonalDataAccessKind kind, string what, Guid recordId, Guid? organisationId,
        int count, Instant at, Guid? personId = null) =>
        new()
        {
            UserId = userId, Kind = kind, Export = what, RecordId = recordId, OrganisationId = organisationId, Count = count, At = at,
            PersonId = personId,
        };
}

/// <summary>Writes the audit trail where personal data is read, one call per read.</summary>
public static class PersonalDataAccessTrail
{
    /// <summary>Adds the line when someone signed in reads, and saves it at once: the trail holds the read even when the
    /// answer then fails.</summary>
    public static async Task TraceAsync(this AppDbContext db, Guid? reader, Func<Guid, PersonalDataAccess> line, CancellationToken cancellationToken = default)
    {
        if (reader is not { } userId) return;
        db.PersonalDataAccessLog.Add(line(userId));
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("PersonalDataAccessLog");
        builder.Property(a => a.Export).HasMaxLength(PersonalDataAccess.ExportMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.PersonId);
        builder.Property(a => a.Document).HasMaxLength(24);
        builder.HasIndex(a => a.PlacementId);
        builder.HasIndex(a => a.OrganisationId);
    }
}
