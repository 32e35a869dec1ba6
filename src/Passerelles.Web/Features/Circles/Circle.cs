namespace Passerelles.Web.Features.Circles;

/// <summary>A community of practice: people from both incubators' sides who meet in sessions led jointly by two
/// co-facilitators, one from each side.</summary>
public class Circle : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int PurposeMaxLength = 4000;
    public const string FacilitatorsRule = "A circle has two co-facilitators: one from the Québec side and one from the France side.";

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Name { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Purpose { get; set; } = "";

    public List<CircleMember> Members { get; set; } = [];

    /// <summary>The co-facilitators of each side the circle had when retention anonymised it and removed its members,
    /// so that its sessions still count by side and co-facilitation still adds up; 0 otherwise.</summary>
    public int AnonymousCoFacilitatorsQuebec { get; set; }
    public int AnonymousCoFacilitatorsFrance { get; set; }

    public CircleMember? CoFacilitator(Side side) => Members.FirstOrDefault(m => m.IsCoFacilitator && m.Side == side);

    /// <summary>Adds a member, or moves an existing one to <paramref name="side"/>.</summary>
    public CircleMember AddMember(Guid userId, Side side)
    {
        var member = Members.FirstOrDefault(m => m.UserId == userId);
        if (member is null)
        {
            member = new CircleMember { CircleId = Id, UserId = userId };
            Members.Add(member);
        }
        member.Side = side;
        return member;
    }

    /// <summary>Makes <paramref name="userId"/> the co-facilitator of <paramref name="side"/> (a member of the circle
    /// for that side), in place of the one before, who stays a member.</summary>
    public void ChooseCoFacilitator(Side side, Guid userId)
    {
        foreach (var member in Members.Where(m => m.IsCoFacilitator && m.Side == side)) member.IsCoFacilitator = false;
        AddMember(userId, side).IsCoFacilitator = true;
    }

    /// <summary>The rule the circle must keep, as the key of the message that explains it, or null when kept.</summary>
    public string? FacilitatorsProblem()
    {
        var facilitators = Members.Where(m => m.IsCoFacilitator).ToList();
        return facilitators.Count == 2 && facilitators.Count(f => f.Side == Side.Quebec) == 1 && facilitators.Count(f => f.Side == Side.France) == 1
            ? null
            : FacilitatorsRule;
    }

    public bool IsCoFacilitator(Guid? userId) => Members.Any(m => m.UserId == userId && m.IsCoFacilitator);
}

/// <summary>A person in a circle, for one side of the ocean.</summary>
public class CircleMember
{
    public Guid CircleId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public Side Side { get; set; }
    public bool IsCoFacilitator { get; set; }
}

public sealed class CircleConfiguration : IEntityTypeConfiguration<Circle>
{
    public void Configure(EntityTypeBuilder<Circle> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Circle.NameMaxLength);
        builder.Property(c => c.Purpose).HasMaxLength(Circle.PurposeMaxLength);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CircleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CircleMemberConfiguration : IEntityTypeConfiguration<CircleMember>
{
    public void Configure(EntityTypeBuilder<CircleMember> builder)
    {
        builder.HasKey(m => new { m.CircleId, m.UserId });
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.UserId);
    }
}
