using System.Security.Cryptography;
using System.Text;

namespace Passerelles.Web.Features.Organisations;

/// <summary>An e-mailed invitation to join an organisation. Only a hash of the token is stored, so a leaked
/// database does not hand out memberships.</summary>
public class Invitation : AuditedEntity
{
    public static readonly Duration Lifetime = Duration.FromDays(14);

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public string Email { get; set; } = "";
    public MemberRole Role { get; set; }
    public string TokenHash { get; set; } = "";
    public Instant ExpiresAt { get; set; }
    public Instant? AcceptedAt { get; set; }

    public static (Invitation Invitation, string Token) Create(Guid organisationId, string email, MemberRole role, Instant now)
    {
        var token = NewToken();
        var invitation = new Invitation
        {
            OrganisationId = organisationId,
            Email = email.Trim(),
            Role = role,
            TokenHash = Hash(token),
            ExpiresAt = now + Lifetime,
        };
        return (invitation, token);
    }

    /// <summary>A random token for an e-mailed link, safe in an address.</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsUsable(Instant now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Instant now)
    {
        if (!IsUsable(now)) throw new InvalidOperationException("This invitation is no longer usable.");
        AcceptedAt = now;
    }
}

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.Role).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
