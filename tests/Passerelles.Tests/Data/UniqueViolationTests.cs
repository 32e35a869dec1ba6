using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Tests.Agreements;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Agreements;

namespace Passerelles.Tests.Data;

/// <summary>A unique-key violation is told apart from every other refusal of the database, on the provider in use.</summary>
public sealed class UniqueViolationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static AgreementSignature Signature(Guid agreementId, Guid partyId, Guid userId) => new()
    {
        AgreementId = agreementId, PartyId = partyId, UserId = userId, VersionNumber = 1, SignedAt = Instant.FromUtc(2026, 3, 10, 14, 0),
        TimeZoneId = "Europe/Paris", AuthenticationMethod = AgreementSignature.PasswordAndAuthenticatorCode, TextSha256 = new string('0', 64),
    };

    private async Task<DbUpdateException> RefusedAsync(AgreementSignature signature) =>
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.AgreementSignatures.Add(signature);
            await db.SaveChangesAsync();
        }));

    [Fact]
    public async Task A_second_signature_of_the_same_person_on_the_same_version_is_a_unique_violation()
    {
        var world = await app.AgreementAsync();
        await app.WithDbAsync(async db =>
        {
            db.AgreementSignatures.Add(Signature(world.AgreementId, world.CeresoParty, world.CeresoSigner.User.Id));
            await db.SaveChangesAsync();
        });

        Assert.True(UniqueViolation.Is(await RefusedAsync(Signature(world.AgreementId, world.CeresoParty, world.CeresoSigner.User.Id))));
    }

    [Fact]
    public async Task A_missing_party_or_a_concurrent_change_is_not_a_unique_violation()
    {
        var world = await app.AgreementAsync();

        Assert.False(UniqueViolation.Is(await RefusedAsync(Signature(world.AgreementId, Guid.NewGuid(), world.CeresoSigner.User.Id))));
        Assert.False(UniqueViolation.Is(new DbUpdateConcurrencyException("changed meanwhile")));
    }
}
