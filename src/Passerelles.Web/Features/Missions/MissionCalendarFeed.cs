
namespace Passerelles.Web.Features.Missions;

/// <summary>A member's private calendar feed of a mission's legs and visits. Like the circles' feed, the address holds a
/// random token of which only the SHA-256 hash is kept: the address is shown once, when made, and revoking deletes the
/// hash.</summary>
public class MissionCalendarFeed : ISecretFeed
{
    public Guid MemberId { get; set; }
    public MissionMember Member { get; set; } = null!;
    public string TokenHash { get; set; } = "";
    public Instant CreatedAt { get; set; }

    /// <summary>A new token for the member: the feed to store and the token to show once.</summary>
    public static (MissionCalendarFeed Feed, string Token) Create(Guid memberId, Instant now)
    {
        var token = CalendarFeed.NewToken();
        return (new MissionCalendarFeed { MemberId = memberId, TokenHash = CalendarFeed.Hash(token), CreatedAt = now }, token);
    }
}

public sealed class MissionCalendarFeedConfiguration : IEntityTypeConfiguration<MissionCalendarFeed>
{
    public void Configure(EntityTypeBuilder<MissionCalendarFeed> builder)
    {
        builder.HasKey(f => f.MemberId);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne(f => f.Member).WithOne().HasForeignKey<MissionCalendarFeed>(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
