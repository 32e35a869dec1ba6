
namespace Passerelles.Web.Features.Parity;

public enum GoverningBodyKind { Board, Jury, SteeringCommittee }

/// <summary>A board, jury or steering committee of an organisation, with its members over time: parity is counted
/// over the members active in a period.</summary>
public class GoverningBody : AuditedEntity
{
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public string Name { get; set; } = "";
    public GoverningBodyKind Kind { get; set; }
    public List<GoverningBodyMember> Members { get; set; } = [];
}

/// <summary>A seat held by a person with an account or by a person of the directory, from one date, until another
/// when known. Their gender is never recorded here: it is the person's own answer, on their account.</summary>
public class GoverningBodyMember
{
    public const int RoleMaxLength = 120;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid BodyId { get; set; }
    public Guid? UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>Their seat in their own words ("présidente", "trésorier").</summary>
    public string Role { get; set; } = "";
    public LocalDate From { get; set; }
    public LocalDate? Until { get; set; }

    public static bool DatesInOrder(LocalDate from, LocalDate? until) => until is not { } end || end >= from;

    public bool ActiveBetween(LocalDate from, LocalDate to) => From <= to && (Until is null || Until >= from);
}

public sealed class GoverningBodyConfiguration : IEntityTypeConfiguration<GoverningBody>
{
    public void Configure(EntityTypeBuilder<GoverningBody> builder)
    {
        builder.Property(b => b.Name).HasMaxLength(GoverningBody.NameMaxLength);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasOne(b => b.Organisation).WithMany().HasForeignKey(b => b.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.OrganisationId);
    }
}

public sealed class GoverningBodyMemberConfiguration : IEntityTypeConfiguration<GoverningBodyMember>
{
    public void Configure(EntityTypeBuilder<GoverningBodyMember> builder)
    {
        builder.Property(m => m.Role).HasMaxLength(GoverningBodyMember.RoleMaxLength);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
        builder.HasIndex(m => m.PersonId);
    }
}
