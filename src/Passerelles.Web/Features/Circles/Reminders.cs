namespace Passerelles.Web.Features.Circles;

/// <summary>When a person wants to be reminded of their circles' sessions, in minutes before each one, and how often
/// they want a digest. Without a row, one reminder a day before and no digest.</summary>
public class ReminderSettings
{
    public static readonly IReadOnlyList<int> Default = [24 * 60];
    public const int MaxMinutesBefore = 7 * 24 * 60;

    public Guid UserId { get; set; }

    /// <summary>The minutes before a session at which to remind, comma-separated ("1440,60"); empty for none.</summary>
    public string MinutesBefore { get; set; } = "";

    /// <summary>How often the person receives a digest of their circles (new posts, coming sessions).</summary>
    public DigestFrequency Digest { get; set; }

    public IReadOnlyList<int> Offsets => Parse(MinutesBefore);

    public static IReadOnlyList<int> Parse(string minutes) =>
        minutes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(m => int.TryParse(m, out var value) ? value : 0)
            .Where(m => m is > 0 and <= MaxMinutesBefore)
            .Distinct().OrderDescending().ToList();

    public static string Format(IEnumerable<int> minutes) => string.Join(',', minutes.Distinct().OrderDescending());
}

/// <summary>A reminder claimed (and then sent) for one person, one session and one time before it. Its key is what keeps
/// a reminder from going out twice: whoever inserts the row first sends it; another app instance trying the same
/// insert gets a unique-key violation and leaves it.</summary>
public class SentReminder
{
    public Guid SessionId { get; set; }
    public Guid UserId { get; set; }
    public int MinutesBefore { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.HasKey(r => r.UserId);
        builder.Property(r => r.MinutesBefore).HasMaxLength(100);
        builder.Property(r => r.Digest).HasConversion<string>().HasMaxLength(10);
        builder.Ignore(r => r.Offsets);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<ReminderSettings>(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> builder)
    {
        builder.HasKey(r => new { r.SessionId, r.UserId, r.MinutesBefore });
        builder.HasOne<CircleSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
