using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>What the tests of each kind of record share: the shipped register of the organisations concerned (with the
/// action an officer chose for the purpose), a run of the job, and the dry run's count for one kind.</summary>
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
