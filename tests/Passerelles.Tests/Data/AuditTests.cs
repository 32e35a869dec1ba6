using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Passerelles.Tests.Data;

public sealed class AuditTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Records_are_stamped_when_created_and_when_changed()
    {
        var createdAt = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());
        var organisation = await app.CreateOrganisationAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Region = "Landes";
            await db.SaveChangesAsync();
        });
        var changed = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id));

        Assert.Equal(createdAt, changed.CreatedAt);
        Assert.Equal(createdAt + Duration.FromHours(2), changed.UpdatedAt);
        Assert.Equal(2, changed.Version);
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_refused_and_keeps_the_newer_one()
    {
        var organisation = await app.CreateOrganisationAsync();
        await app.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Region = "First change";
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => app.WithDbAsync(async db =>
        {
            var stale = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            db.Entry(stale).Property(o => o.Version).OriginalValue = 1;
            stale.Region = "Stale change";
            await db.SaveChangesAsync();
        }));
        var kept = await app.WithDbAsync(db => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id));

        Assert.Equal("First change", kept.Region);
    }
}
