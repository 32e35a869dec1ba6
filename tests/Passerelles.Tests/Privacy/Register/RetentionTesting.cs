using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>What the tests of each kind of record share: an organisation made a controller (an officer and the shipped
/// register, with the action an officer chose for a purpose), a run of the job, and the dry run's count for one kind.</summary>
public static class RetentionTesting
{
    /// <summary>Gives each organisation an officer and the shipped register, with <paramref name="atExpiry"/> for <paramref name="purpose"/>.</summary>
    public static async Task RegisterAsync(this AppFactory app, string purpose, RetentionAction atExpiry, params Guid[] organisations)
    {
        var officers = new List<Guid>();
        foreach (var _ in organisations) officers.Add((await app.CreateUserAsync($"{Guid.NewGuid():N}@officer.test")).Id);
        await app.WithDbAsync(async db =>
        {
            foreach (var (organisation, officer) in organisations.Zip(officers))
            {
                db.PrivacyOfficers.Add(new PrivacyOfficer { OrganisationId = organisation, UserId = officer, ContactName = "Officer", ContactEmail = "officer@test.passerelles.org" });
                await db.SaveChangesAsync();
                await ShippedProcessingActivities.EnsureAsync(db, organisation);
            }
            await db.ProcessingActivities.Where(a => a.Purpose == purpose).ExecuteUpdateAsync(s => s.SetProperty(a => a.AtExpiry, atExpiry));
        });
    }

    /// <summary>Designates an officer for <paramref name="organisationId"/> and installs its shipped register entries.</summary>
    public static async Task DesignateOfficerAsync(this AppFactory app, Guid organisationId)
    {
        var officer = await app.CreateUserAsync($"{Guid.NewGuid():N}@test.passerelles.org", "Responsable", culture: "fr-CA");
        await app.AddMemberAsync(organisationId, officer.Id, MemberRole.OrganisationAdministrator);
        await app.WithDbAsync(async db =>
        {
            db.PrivacyOfficers.Add(new PrivacyOfficer { OrganisationId = organisationId, UserId = officer.Id, ContactName = "Responsable", ContactEmail = "prp@example.org" });
            await db.SaveChangesAsync();
            await ShippedProcessingActivities.EnsureAsync(db, organisationId);
        });
    }

    /// <summary>Sets what happens at expiry on the entry of <paramref name="purpose"/>, as an officer may.</summary>
    public static Task SetAtExpiryAsync(this AppFactory app, Guid organisationId, string purpose, RetentionAction action) =>
        app.WithDbAsync(db => db.ProcessingActivities.Where(a => a.ControllerId == organisationId && a.Purpose == purpose)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.AtExpiry, action)));

    /// <summary>How many records of <paramref name="kind"/> the dry run says the next run would purge.</summary>
    public static async Task<int> DueAsync(this AppFactory app, RetainedRecord kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var preview = await scope.ServiceProvider.GetRequiredService<RetentionJob>().PreviewAsync(null);
        return preview.Where(p => p.Kind == kind).Sum(p => p.Count);
    }

    public static async Task<bool> RunRetentionAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync();
    }

    /// <summary>What the dry run counts for <paramref name="kind"/> under <paramref name="controller"/>'s entries.</summary>
    public static async Task<int> DueAsync(this AppFactory app, RetainedRecord kind, Guid controller)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var preview = await scope.ServiceProvider.GetRequiredService<RetentionJob>().PreviewAsync(new HashSet<Guid> { controller });
        return preview.Where(p => p.Kind == kind).Sum(p => p.Count);
    }

    public static Task<int> CountAsync<T>(this AppFactory app, System.Linq.Expressions.Expression<Func<T, bool>> where) where T : class =>
        app.WithDbAsync(db => db.Set<T>().CountAsync(where));
}
