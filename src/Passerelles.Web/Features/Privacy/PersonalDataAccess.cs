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

    /// <summary>Which export ran ("people-csv"); empty for a read.</summary>
    public string Export { get; init; } = "";

    /// <summary>The placement whose sensitive document was read, downloaded or exported; empty otherwise.</summary>
    public Guid? PlacementId { get; init; }

    /// <summary>Which of the placement's documents (a <c>DocumentKind</c>); empty otherwise.</summary>
    public string Document { get; init; } = "";

    public static PersonalDataAccess OfPlacement(Guid userId, Guid placementId, PersonalDataAccessKind kind, string document, Instant at) =>
        new() { UserId = userId, PlacementId = placementId, Kind = kind, Document = document, At = at };

    public static PersonalDataAccess Read(Guid userId, Guid personId, Instant at) =>
        new() { UserId = userId, PersonId = personId, Kind = PersonalDataAccessKind.Read, At = at };
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
    }
}
