using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelles.Web.Features.Missions;

/// <summary>The programme of a mission outside its page: its PDF, the members' private calendar feeds, and the itinerary in
/// the HTTP API, version 1. Each answers what the programme page shows to the same person.</summary>
public static class ProgrammeEndpoints
{
    /// <summary>An item of the itinerary: its start and end in UTC, the IANA zone of the place at each end (a leg leaves
    /// from one and arrives in the other) and the local times there, with their offsets.</summary>
    public sealed record ItineraryEntry(
        Guid Id, ItineraryKind Kind, string Title, DateTime StartUtc, DateTime EndUtc, string StartTimeZone, string EndTimeZone,
        DateTimeOffset LocalStart, DateTimeOffset LocalEnd, Guid? OrganisationId);

    public static void MapMissionProgramme(this IEndpointRouteBuilder app)
    {
        app.MapGet("/missions/{id:guid}/programme.pdf", PdfAsync).ExcludeFromDescription();
        app.MapGet("/missions/calendar/{token}.ics", FeedAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGroup("/api/v1").WithTags("Missions")
            .MapGet("/missions/{id:guid}/itinerary", ItineraryAsync)
            .WithName("GetMissionItinerary")
            .WithSummary("The itinerary of a mission, in order")
            .WithDescription("The items of the mission's itinerary by start: legs, visits, meetings, free time and accommodation. Each gives its start and end in UTC, the IANA zone of the place where it starts and of the place where it ends (the departure and arrival of a leg; the same zone otherwise), its local start and end there with their offsets, and the id of the organisation visited where there is one. The members of the delegation and network administrators get every item; the people of an organisation visited get only the visits and meetings at their organisations; anyone else gets 404.");
    }

    private static async Task<Results<Ok<IReadOnlyList<ItineraryEntry>>, NotFound>> ItineraryAsync(
        Guid id, HttpContext context, AppDbContext db, CurrentActor actors, CancellationToken cancellationToken)
    {
        if (await MissionProgramme.LoadAsync(db, await actors.ForAsync(context.User), id, cancellationToken) is not { } programme) return TypedResults.NotFound();
        var entries = programme.Items.Select(i => new ItineraryEntry(
            i.Id, i.Kind, i.Title, i.StartsAt.ToDateTimeUtc(), i.EndsAt.ToDateTimeUtc(), TimeZones.Canonical(i.StartZoneId) ?? i.StartZoneId,
            TimeZones.Canonical(i.EndZoneId) ?? i.EndZoneId, i.LocalStart.ToDateTimeOffset(), i.LocalEnd.ToDateTimeOffset(), i.OrganisationId)).ToList();
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<ItineraryEntry>>(entries);
    }

    private static async Task<IResult> PdfAsync(Guid id, HttpContext context, AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t, CancellationToken cancellationToken)
    {
        if (await MissionProgramme.LoadAsync(db, await actors.ForAsync(context.User), id, cancellationToken) is not { } programme) return Results.NotFound();
        var reader = CultureInfo.CurrentUICulture;
        var pdf = ProgrammeDocument.Build(programme, Bilingual.For(reader, programme.HomeSide, t), CultureInfo.CurrentCulture);
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(pdf, "application/pdf", $"programme-{programme.StartsOn:yyyy-MM-dd}.pdf");
    }

    private static async Task<IResult> FeedAsync(
        string token, HttpContext context, AppDbContext db, EmailTemplates templates, IStringLocalizer<Text> t, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 100) return Results.NotFound();
        var hash = Circles.CalendarFeed.Hash(token);
        var reader = await db.MissionCalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash)
            .Select(f => new { f.MemberId, f.Member.User.PreferredCulture }).SingleOrDefaultAsync(cancellationToken);
        if (reader is null || await MissionProgramme.OfMemberAsync(db, reader.MemberId, cancellationToken) is not { } programme) return Results.NotFound();
        // The calendar speaks the member's language, whatever the language of the program that fetches it.
        var culture = Cultures.IsSupported(reader.PreferredCulture) ? Cultures.Get(Cultures.Normalise(reader.PreferredCulture)) : CultureInfo.CurrentCulture;
        var calendar = ItineraryCalendar.Feed(programme, Bilingual.For(culture, programme.HomeSide, t), culture,
            missionId => templates.AbsoluteUrl(context.Request, $"/missions/{missionId}/programme"));
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Text(calendar, "text/calendar; charset=utf-8");
    }
}
