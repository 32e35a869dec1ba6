using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Privacy;
using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Tests.Privacy.Register;

/// <summary>What the tests of each kind of record share: an organisation made a controller (an officer and the shipped
/// register), the run of the job, what the dry run would purge of a kind, and a change of an entry's action.</summary>
internal static class RetentionRuns
{
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

    public static async Task RunRetentionAsync(this AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync());
    }
}
