using System.Security.Cryptography;

namespace Passerelles.Web.Features.Circles;

/// <summary>A person's private calendar feed of their circles' sessions. The address holds a random token; only its
/// SHA-256 hash is kept, so the address is shown once, when made, and revoking deletes the hash.</summary>
public class CalendarFeed : ISecretFeed
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

/// <summary>A private feed whose address holds a secret token, of which only the hash is kept.</summary>
public interface ISecretFeed
{
    string TokenHash { get; set; }
    Instant CreatedAt { get; set; }
}

public static class SecretFeed
{
    /// <summary>Stores <paramref name="made"/> as the owner's feed, or its token over the owner's feed that exists. A second
    /// click made a feed between our read and our write: it is made anew over that one, so that the last answer the
    /// browser shows holds the address that works.</summary>
    public static async Task StoreAsync<TFeed>(AppDbContext db, System.Linq.Expressions.Expression<Func<TFeed, bool>> owner, TFeed made)
        where TFeed : class, ISecretFeed
    {
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Set<TFeed>().SingleOrDefaultAsync(owner);
            if (existing is null) db.Set<TFeed>().Add(made);
            else (existing.TokenHash, existing.CreatedAt) = (made.TokenHash, made.CreatedAt);
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && UniqueViolation.Is(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }
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
