using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime.Text;

namespace Passerelles.Web.Features.Circles;

/// <summary>The circles' private calendar feeds, the sessions' HTTP API, version 1, and the completion of mentions.</summary>
public static class CircleEndpoints
{
    /// <summary>How many members the completion of a mention offers at most.</summary>
    public const int MaxMentionSuggestions = 8;

    public const int MaxRangeDays = 366;
    public const int DefaultRangeDays = 90;

    /// <summary>How far back a feed reaches, so recent sessions stay in subscribed calendars.</summary>
    public static readonly Duration FeedHistory = Duration.FromDays(92);

    public sealed record SessionItem(
        Guid Id, string Circle, string Title, DateTime StartUtc, int DurationMinutes, string OrganiserTimeZone,
        DateTimeOffset LocalStartToronto, DateTimeOffset LocalStartParis, bool InOffsetWeek, bool Cancelled, int Sequence, string Url);

    public sealed record MemberSuggestion(string Name);

    public static void MapCircles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/circles/{id:guid}/members/suggest", SuggestMembersAsync).ExcludeFromDescription();
        app.MapGroup("/api/v1").WithTags("Circles")
            .MapGet("/sessions", ListSessionsAsync)
            .WithName("ListSessions")
            .WithSummary("The sessions of the caller's circles between two dates")
            .WithDescription("from and to are ISO 8601 instants (2027-03-16T14:00:00Z) or dates (2027-03-16, read as midnight UTC); from defaults to now and to to 90 days after from, 366 days at most. Each session gives its start in UTC, the organiser's IANA zone, and its local start in America/Toronto and Europe/Paris with their offsets; inOffsetWeek is true when the two are 5 hours apart instead of 6. Cancelled sessions are included and say so.")
            .WithMoment("from", "The start of the range: an ISO 8601 instant, or a date read as midnight UTC; now by default.")
            .WithMoment("to", "The end of the range, excluded: an ISO 8601 instant, or a date read as midnight UTC; 90 days after from by default.");
    }

    private static async Task<Results<Ok<IReadOnlyList<SessionItem>>, ValidationProblem>> ListSessionsAsync(
        HttpContext context, AppDbContext db, TimeProvider clock, EmailTemplates templates, string? from, string? to, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Parse(from, nameof(from), errors) ?? Instant.FromDateTimeOffset(clock.GetUtcNow());
        var end = Parse(to, nameof(to), errors) ?? start + Duration.FromDays(DefaultRangeDays);
        if (errors.Count == 0 && end <= start) errors[nameof(to)] = ["Expected a moment after from."];
        else if (errors.Count == 0 && end - start > Duration.FromDays(MaxRangeDays)) errors[nameof(to)] = [$"The range is limited to {MaxRangeDays} days."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var userId = context.User.UserId();
        var sessions = await db.CircleSessions.AsNoTracking()
            .Where(s => s.StartsAt >= start && s.StartsAt < end && s.Circle.Members.Any(m => m.UserId == userId))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new { s.Id, Circle = s.Circle.Name, s.Title, s.StartsAt, s.DurationMinutes, s.TimeZoneId, s.CancelledAt, s.Sequence })
            .ToListAsync(cancellationToken);
        var items = sessions.Select(s => new SessionItem(
            s.Id, s.Circle, s.Title, s.StartsAt.ToDateTimeUtc(), s.DurationMinutes, s.TimeZoneId,
            Local(s.StartsAt, TimeZones.Quebec), Local(s.StartsAt, TimeZones.France), OffsetWeeks.Contains(s.StartsAt),
            s.CancelledAt is not null, s.Sequence, templates.AbsoluteUrl(context.Request, $"/circles/sessions/{s.Id}"))).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<SessionItem>>(items);
    }

    /// <summary>The members of a circle whose name holds what was typed after "@", accents and case aside, for the
    /// completion of a mention while writing a post: answered to those who see the circle, unknown to everyone else.</summary>
    private static async Task<IResult> SuggestMembersAsync(Guid id, string? q, HttpContext context, AppDbContext db, CurrentActor actors)
    {
        var actor = await actors.GetAsync();
        if (!await db.Circles.AsNoTracking().VisibleTo(actor).AnyAsync(c => c.Id == id)) return Results.NotFound();
        var typed = (q ?? "").Trim();
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var members = await DiscussionPageModel.MembersAsync(db, id);
        var matching = members
            .Where(m => m.UserId != context.User.UserId() && compare.IndexOf(m.Name, typed, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .Take(MaxMentionSuggestions)
            .Select(m => new MemberSuggestion(m.Name))
            .ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Ok(matching);
    }

    private static async Task<IResult> FeedAsync(
        string token, HttpContext context, AppDbContext db, TimeProvider clock, EmailTemplates templates, IOptions<EmailOptions> email,
        IStringLocalizerFactory localizers, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 100) return Results.NotFound();
        var hash = CalendarFeed.Hash(token);
        var reader = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash)
            .Select(f => new { f.UserId, f.User.PreferredCulture }).SingleOrDefaultAsync(cancellationToken);
        if (reader is null) return Results.NotFound();

        var since = Instant.FromDateTimeOffset(clock.GetUtcNow()) - FeedHistory;
        var sender = MailboxAddress.Parse(email.Value.From).Address;
        var entries = await SessionInvitations.EntriesAsync(db,
            db.CircleSessions.Where(s => s.StartsAt >= since && s.Circle.Members.Any(m => m.UserId == reader.UserId)), wholeSeries: true,
            id => templates.AbsoluteUrl(context.Request, $"/circles/sessions/{id}"), sender, cancellationToken);
        // The calendar's name is in the reader's language, whatever the language of the program that fetches it.
        if (Cultures.IsSupported(reader.PreferredCulture)) CultureInfo.CurrentUICulture = Cultures.Get(Cultures.Normalise(reader.PreferredCulture));
        var name = localizers.Create(typeof(Text))["Passerelles circles"];
        var calendar = SessionCalendar.Feed(entries, name, sender);
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Text(calendar, "text/calendar; charset=utf-8");
    }

    private static DateTimeOffset Local(Instant at, string zone) => at.InZone(TimeZones.Get(zone)).ToDateTimeOffset();

    private static Instant? Parse(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant) return instant.Value;
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date) return date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        errors[name] = ["Expected an ISO 8601 instant (2027-03-16T14:00:00Z) or date (2027-03-16)."];
        return null;
    }
}
