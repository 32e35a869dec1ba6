namespace Passerelles.Web.Features.Circles;

/// <summary>E-mails each member of the circle mentioned in a new post as <c>@[Display Name]</c>, once per post, in their
/// language. Names that match no member (or the author) are left as text.</summary>
public sealed class DiscussionMentions(AppDbContext db, EmailTemplates templates, IMailer mailer)
{
    public async Task<int> NotifyAsync(Guid circleId, Guid discussionId, string discussion, string circle, Guid authorId, string body, HttpRequest request)
    {
        var names = DiscussionPost.MentionedNames(body);
        if (names.Count == 0) return 0;
        var members = await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == circleId && m.UserId != authorId)
            .Select(m => new { m.UserId, m.User.DisplayName, m.User.Email, m.User.PreferredCulture })
            .ToListAsync();
        var mentioned = members
            .Where(m => names.Any(n => string.Equals(n, m.DisplayName.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            .DistinctBy(m => m.UserId).ToList();
        if (mentioned.Count == 0) return 0;
        var authorName = await db.Users.AsNoTracking().Where(u => u.Id == authorId).Select(u => u.DisplayName).SingleAsync();
        foreach (var member in mentioned.Where(m => !string.IsNullOrEmpty(m.Email)))
        {
            var email = templates.Compose(member.Email!, member.PreferredCulture, t => new EmailTemplates.Content(
                t["{0} mentioned you in {1}", authorName, discussion],
                [t["{0} mentioned you in the discussion {1} of the circle {2}.", authorName, discussion, circle]],
                t["Open the discussion"], templates.AbsoluteUrl(request, $"/circles/discussions/{discussionId}?p=last")));
            await mailer.SendAsync(email);
        }
        return mentioned.Count;
    }
}
