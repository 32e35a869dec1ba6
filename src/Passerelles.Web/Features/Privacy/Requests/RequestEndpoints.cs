using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace Passerelles.Web.Features.Privacy.Requests;

/// <summary>The privacy requests' HTTP API, version 1: the officer's open requests with their due dates, and the
/// caller's own data as JSON (the structure of the package, rate-limited per account). Both need a session.</summary>
public static class RequestEndpoints
{
    public const string ExportRateLimit = "personal-data-export";

    public sealed record RequestItem(Guid Id, string Kind, string Controller, string Side, DateOnly ReceivedOn, DateOnly DueOn, int DaysLeft,
        bool IdentityChecked, bool Extended, string Url);

    public static void AddPrivacyRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<PersonalData>();
        builder.Services.AddScoped<PersonalDataPackage>();
        builder.Services.AddScoped<PersonErasure>();
        builder.Services.AddScoped<PersonFiles>();
        builder.Services.AddScoped<RequestMail>();
        builder.Services.AddScoped<RequestReminders>();
        var permits = builder.Configuration.GetValue("RateLimits:ExportsPerHour", 5);
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy(ExportRateLimit, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.User.UserId()?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1) })));
        // Privacy:SendReminders=false leaves the reminders to another instance, or to tests that run them.
        if (builder.Configuration.GetValue("Privacy:SendReminders", true))
        {
            builder.Services.AddPeriodicWork(new("Privacy request reminders", TimeSpan.FromMinutes(30), SendsEmail: true,
                (services, cancellationToken) => services.GetRequiredService<RequestReminders>().SendDueAsync(cancellationToken)));
        }
    }

    public static void MapPrivacyRequests(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Privacy");
        api.MapGet("/privacy/requests", ListOpenAsync)
            .WithName("ListOpenPrivacyRequests")
            .WithSummary("The open privacy requests the caller answers for, soonest due first")
            .WithDescription("Requests of access, rectification, erasure, portability or objection not yet answered, of the organisations whose privacy duties the caller answers for (their privacy officer, their administrators). dueOn is the last day to answer in the organisation's zone (30 days in Québec, one month under the GDPR, as extended); daysLeft counts from today in that zone and is negative when overdue. No personal data of the person is given.");
        api.MapGet("/me/export", ExportAsync)
            .WithName("ExportMyPersonalData")
            .WithSummary("Everything the app holds about the caller, as JSON")
            .WithDescription("The same structure as the package of an access request (format passerelles-personal-data/1, JSON Schema at /schemas/personal-data-v1.json): the caller's directory entry, account and every record of every feature that points to them or names them. Limited to a few calls an hour per account (429 beyond). 404 when the caller has no directory entry.")
            .RequireRateLimiting(ExportRateLimit);
    }

    private static async Task<Ok<IReadOnlyList<RequestItem>>> ListOpenAsync(HttpContext context, AppDbContext db, CurrentActor actors, TimeProvider clock,
        EmailTemplates templates, CancellationToken cancellationToken)
    {
        var duties = await db.PrivacyDutiesAsync(await actors.GetAsync(), cancellationToken);
        var rows = await db.PrivacyRequests.AsNoTracking().Where(r => r.Status == PrivacyRequestStatus.Open && duties.Contains(r.ControllerId))
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).Take(500)
            .Select(r => new { r.Id, r.Kind, Controller = r.Controller.Name, r.Controller.Side, r.ReceivedAt, r.DueOn, r.IdentityCheckedAt, r.ExtensionReason })
            .ToListAsync(cancellationToken);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok<IReadOnlyList<RequestItem>>(rows.Select(r => new RequestItem(r.Id, r.Kind.ToString(), r.Controller, r.Side.ToString(),
            RequestDeadline.ReceivedOn(r.Side, r.ReceivedAt).ToDateOnly(), r.DueOn.ToDateOnly(), RequestDeadline.DaysLeft(r.Side, r.DueOn, now),
            r.IdentityCheckedAt != null, r.ExtensionReason != "", templates.AbsoluteUrl(context.Request, $"/privacy/requests/{r.Id}"))).ToList());
    }

    private static async Task<Results<Ok<PersonalDataPackage.Document>, NotFound>> ExportAsync(HttpContext context, AppDbContext db,
        PersonalDataPackage package, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (context.User.UserId() is not { } userId) return TypedResults.NotFound();
        var personId = await db.People.Where(p => p.UserId == userId).OrderBy(p => p.CreatedAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (personId is null) return TypedResults.NotFound();
        var document = await package.BuildAsync(personId.Value, cancellationToken);
        db.PersonalDataAccessLog.Add(new PersonalDataAccess
        {
            UserId = userId, PersonId = personId, Kind = PersonalDataAccessKind.Export, Export = "personal-data-api", At = Instant.FromDateTimeOffset(clock.GetUtcNow()),
        });
        await db.SaveChangesAsync(cancellationToken);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(document);
    }
}
