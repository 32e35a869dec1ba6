using System.Text.RegularExpressions;

namespace Passerelles.Web.Features.Circles;

/// <summary>A discussion thread of a circle, between sessions: a title and its posts, newest activity first.</summary>
public class Discussion
{
    public const int MaxTitleLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CircleId { get; set; }
    public Circle Circle { get; set; } = null!;
    public string Title { get; set; } = "";
    public Guid StartedById { get; set; }
    public Instant StartedAt { get; set; }
    public Instant LastPostAt { get; set; }
    public List<DiscussionPost> Posts { get; set; } = [];
}

/// <summary>A post in a discussion, in Markdown (shown through the sanitiser). A post may mention members of the circle
/// as <c>@[Display Name]</c>; each person mentioned is e-mailed once.</summary>
public partial class DiscussionPost
{
    public const int MaxBodyLength = 10000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DiscussionId { get; set; }
    public Discussion Discussion { get; set; } = null!;
    public Guid AuthorId { get; set; }
    public AppUser Author { get; set; } = null!;
    public string Body { get; set; } = "";
    public Instant PostedAt { get; set; }

    /// <summary>The names mentioned in <paramref name="body"/> as <c>@[Name]</c>, once each, ignoring case.</summary>
    public static IReadOnlyList<string> MentionedNames(string body) =>
        Mention().Matches(body).Select(m => m.Groups[1].Value.Trim()).Where(n => n.Length > 0)
            .Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();

    /// <summary>The body with each mention of a member of the circle (<paramref name="members"/>: user id and display
    /// name) written as a Markdown link to that member on the circle's members page; other mentions stay as written.
    /// The name is escaped, so it reads as text whatever it holds.</summary>
    public static string WithMentionLinks(string body, Guid circleId, IReadOnlyList<(Guid UserId, string Name)> members) =>
        Mention().Replace(body, match =>
        {
            var name = match.Groups[1].Value.Trim();
            var member = members.FirstOrDefault(m => string.Equals(m.Name.Trim(), name, StringComparison.CurrentCultureIgnoreCase));
            return member.Name is null ? match.Value : $"[@{EscapeMarkdown(member.Name.Trim())}](/circles/{circleId}/members#member-{member.UserId})";
        });

    /// <summary>Every ASCII punctuation character may be escaped in Markdown: escaping them all leaves only text.</summary>
    private static string EscapeMarkdown(string text) =>
        string.Concat(text.Select(c => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c)) ? "\\" + c : c.ToString()));

    [GeneratedRegex(@"@\[([^\[\]\r\n]{1,120})\]")]
    private static partial Regex Mention();
}

/// <summary>The last period (day or week) for which a person's digest of their circles was claimed and sent; the key
/// keeps two app instances from sending the same digest.</summary>
public class SentDigest
{
    public Guid UserId { get; set; }

    /// <summary>"day 2026-03-11" or "week 2026-W11", in the person's zone.</summary>
    public string Period { get; set; } = "";

    public Instant ClaimedAt { get; set; }
}

public enum DigestFrequency { Off, Daily, Weekly }

public sealed class DiscussionConfiguration : IEntityTypeConfiguration<Discussion>
{
    public void Configure(EntityTypeBuilder<Discussion> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(Discussion.MaxTitleLength);
        builder.HasOne(d => d.Circle).WithMany().HasForeignKey(d => d.CircleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.StartedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.CircleId, d.LastPostAt });
    }
}

public sealed class DiscussionPostConfiguration : IEntityTypeConfiguration<DiscussionPost>
{
    public void Configure(EntityTypeBuilder<DiscussionPost> builder)
    {
        builder.Property(p => p.Body).HasMaxLength(DiscussionPost.MaxBodyLength);
        builder.HasOne(p => p.Discussion).WithMany(d => d.Posts).HasForeignKey(p => p.DiscussionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.DiscussionId, p.PostedAt });
    }
}

public sealed class SentDigestConfiguration : IEntityTypeConfiguration<SentDigest>
{
    public void Configure(EntityTypeBuilder<SentDigest> builder)
    {
        builder.HasKey(d => new { d.UserId, d.Period });
        builder.Property(d => d.Period).HasMaxLength(20);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
