namespace Passerelles.Web.Features.People;

/// <summary>Someone in the ecosystem directory. They may or may not have an account. Personal data: each person has a
/// controller organisation, whose side gives the privacy regime, and appears in the directory only while their
/// consent for that purpose stands.</summary>
public class Person : AuditedEntity
{
    public const int DisplayNameMaxLength = 120;

    private string _displayName = "";

    public Guid Id { get; set; } = Guid.NewGuid();

    public string DisplayName
    {
        get => _displayName;
        set
        {
            _displayName = value;
            SearchName = Organisation.SearchKey(value);
        }
    }

    /// <summary>The name folded as organisation names are (<see cref="Organisation.SearchKey"/>): lower case, without
    /// accents, so that "elodie" finds "Élodie" in the database itself, on either provider.</summary>
    public string SearchName { get; private set; } = "";

    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>Languages the person works in, as culture names separated by commas ("fr-CA,en").</summary>
    public string Languages { get; set; } = "";
    public string TimeZoneId { get; set; } = "";
    public Guid? UserId { get; set; }
    public Guid ControllerOrganisationId { get; set; }

    /// <summary>Asked only where it matters (a student in mobility, say): below the age of consent of the controller's
    /// side, a parent or guardian consents for the person.</summary>
    public LocalDate? BirthDate { get; set; }
    public Organisation ControllerOrganisation { get; set; } = null!;
    public List<PersonRole> Roles { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];

    public bool HasConsentTo(string purpose) =>
        Consents.Any(c => c.Purpose == purpose && c.WithdrawnAt is null);

    /// <summary>Records consent to <paramref name="purpose"/> in its current version and returns it; nothing happens
    /// (and null is returned) when consent already stands.</summary>
    public Consent? GiveConsent(string purpose, int purposeVersion, Instant at, Guid? recordedBy, Guardian? guardian = null)
    {
        if (Consents.Any(c => c.Purpose == purpose && c.WithdrawnAt is null && c.PurposeVersion >= purposeVersion)) return null;
        // Consent to an older wording is renewed: it ends as the new one starts, and both stay in the history.
        foreach (var older in Consents.Where(c => c.Purpose == purpose && c.WithdrawnAt is null)) older.WithdrawnAt = at;
        var consent = new Consent
        {
            PersonId = Id, Purpose = purpose, PurposeVersion = purposeVersion, GivenAt = at, RecordedBy = recordedBy,
            GuardianName = guardian?.Name ?? "", GuardianRelationship = guardian?.Relationship ?? "", GuardianContact = guardian?.Contact ?? "",
        };
        Consents.Add(consent);
        return consent;
    }

    /// <summary>Ends consent to <paramref name="purpose"/> at once; the record stays as the history. Returns whether
    /// consent stood.</summary>
    public bool WithdrawConsent(string purpose, Instant at)
    {
        var standing = Consents.Where(c => c.Purpose == purpose && c.WithdrawnAt is null).ToList();
        foreach (var consent in standing) consent.WithdrawnAt = at;
        return standing.Count > 0;
    }
}

/// <summary>A person's role in an organisation, in their own words ("chargée de projet", "coordinator").</summary>
public class PersonRole
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public string Title { get; set; } = "";
}

/// <summary>Consent for one purpose, asked separately, versioned and withdrawable. Withdrawal keeps the record (it is
/// the proof) and ends the purpose at once.</summary>
public class Consent
{
    /// <summary>Appearing in the ecosystem directory, with name, organisations, roles and contact.</summary>
    public const string DirectoryListing = "directory-listing";

    /// <summary>The version of the directory-listing wording people agree to; raise it when that wording changes.</summary>
    public const int DirectoryListingVersion = 1;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string Purpose { get; set; } = "";
    public int PurposeVersion { get; set; } = 1;
    public Instant GivenAt { get; set; }
    public Instant? WithdrawnAt { get; set; }
    public Guid? RecordedBy { get; set; }

    /// <summary>The parent or guardian who consented for a person under the age of consent; empty otherwise.</summary>
    public string GuardianName { get; set; } = "";
    public string GuardianRelationship { get; set; } = "";
    public string GuardianContact { get; set; } = "";
}

/// <summary>The parent or guardian who gives consent for a minor: their name, their relationship and how to reach them.</summary>
public sealed record Guardian(string Name, string Relationship, string Contact);

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.DisplayName).HasMaxLength(Person.DisplayNameMaxLength);
        // Twice the name's length: "œ" and "æ" unfold into two letters.
        builder.Property(p => p.SearchName).HasMaxLength(Person.DisplayNameMaxLength * 2);
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Languages).HasMaxLength(40);
        builder.Property(p => p.TimeZoneId).HasMaxLength(64);
        builder.HasOne(p => p.ControllerOrganisation).WithMany().HasForeignKey(p => p.ControllerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Roles).WithOne().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.UserId);
    }
}

public sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(120);
        builder.HasOne(r => r.Organisation).WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.OrganisationId);
    }
}

public sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Purpose).HasMaxLength(60);
        builder.Property(c => c.GuardianName).HasMaxLength(120);
        builder.Property(c => c.GuardianRelationship).HasMaxLength(60);
        builder.Property(c => c.GuardianContact).HasMaxLength(256);
        builder.HasIndex(c => new { c.PersonId, c.Purpose });
    }
}
