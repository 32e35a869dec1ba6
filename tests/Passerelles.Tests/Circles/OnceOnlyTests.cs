using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Circles;

namespace Passerelles.Tests.Circles;

/// <summary>A piece of work is claimed once: only a unique-key violation means another instance claimed it first.</summary>
public sealed class OnceOnlyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 11, 6, 0);

    private Task<bool> ClaimAsync(Guid userId, string period) => app.WithDbAsync(db =>
        OnceOnly.ClaimAsync(db, new SentDigest { UserId = userId, Period = period, ClaimedAt = Now }, d => d.Period == period, CancellationToken.None));

    [Fact]
    public async Task A_second_claim_of_the_same_work_is_declined()
    {
        var user = await app.CreateUserAsync($"digest-{Guid.NewGuid():N}@test.passerelles.org");

        Assert.True(await ClaimAsync(user.Id, "day 2026-03-11"));
        Assert.False(await ClaimAsync(user.Id, "day 2026-03-11"));
    }

    [Fact]
    public async Task A_claim_the_database_refuses_for_another_reason_is_not_taken_for_work_already_done()
    {
        var user = await app.CreateUserAsync($"digest-{Guid.NewGuid():N}@test.passerelles.org");
        Assert.True(await ClaimAsync(user.Id, "day 2026-03-12"));

        // No such person: the foreign key refuses the row, while a claim for the same period exists.
        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => ClaimAsync(Guid.NewGuid(), "day 2026-03-12"));

        Assert.False(UniqueViolation.Is(refused));
        Assert.Equal(1, await app.WithDbAsync(db => db.SentDigests.CountAsync(d => d.Period == "day 2026-03-12")));
    }
}
