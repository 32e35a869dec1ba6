using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passerelles.Web.Features.Account;

namespace Passerelles.Web.Features.Circles;

/// <summary>A person's private calendar feed of their circles' sessions. The address holds a random token; only its
/// SHA-256 hash is kept, so the address is shown once, when made, and revoking deletes the hash.</summary>
public class CalendarFeed
{
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public string TokenHash { get; set; } = "";
    public Instant CreatedAt { get; set; }

    /// <summary>A new token for <paramref name="userId"/>: the feed to store and the token to show once.</summary>
    public static (CalendarFeed Feed, string Token) Create(Guid userId, Instant now)
    {
        var token = NewToken();
        return (new CalendarFeed { UserId = userId, TokenHash = Hash(token), CreatedAt = now }, token);
    }

    /// <summary>A random token for a secret address: 256 bits, safe in a URL.</summary>
    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
