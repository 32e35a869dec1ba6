namespace Passerelles.Web.Features.Projects;

/// <summary>Gender as the person declares it, if they wish to: it is only ever reported in aggregate, for parity.</summary>
public enum SelfDeclaredGender { Woman, Man, NonBinary, PreferNotToSay }

/// <summary>A member of a project's team, with or without an account. Their gender, if they declare it, is on their
/// account (<see cref="AppUser.Gender"/>), the one place each person's answer lives.</summary>
public class ProjectMember : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int RoleMaxLength = 120;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProjectId { get; set; }

    /// <summary>The member's account, when they have one: it lets them see the project and own actions.</summary>
    public Guid? UserId { get; set; }
    public AppUser? User { get; set; }
    public string DisplayName { get; set; } = "";
    public string Email { get; set; } = "";

    /// <summary>Their role in the team, in their own words ("porteuse du projet", "treasurer").</summary>
    public string Role { get; set; } = "";

    /// <summary>Removes everything that names the member; the row stays so the team's size still counts.</summary>
    public void Erase()
    {
        UserId = null;
        DisplayName = "";
        Email = "";
        Role = "";
    }
}

public sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> builder)
    {
        builder.Property(m => m.DisplayName).HasMaxLength(ProjectMember.NameMaxLength);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Role).HasMaxLength(ProjectMember.RoleMaxLength);
        builder.HasOne<Project>().WithMany(p => p.Members).HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.ProjectId, m.UserId });
        builder.HasIndex(m => m.UserId);
    }
}
