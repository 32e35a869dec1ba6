using NodaTime;
using Passerelles.Web.Features.Privacy.Transfers;

namespace Passerelles.Tests.Privacy.Transfers;

/// <summary>The arrange step of any test that shares personal information across the ocean: a transfer assessment
/// between the two controllers, approved and current unless told otherwise.</summary>
public static class TransferTesting
{
    public const TransferPurposes Every = TransferPurposes.CoIncubation | TransferPurposes.Circles | TransferPurposes.Missions | TransferPurposes.Mobility;

    public static async Task<TransferAssessment> AssessTransferAsync(this AppFactory app, Guid quebec, Guid france, TransferPurposes purposes = Every,
        bool approved = true, LocalDate? reviewOn = null)
    {
        var now = Instant.FromDateTimeOffset(app.Clock.GetUtcNow());
        var assessment = new TransferAssessment
        {
            QuebecControllerId = quebec, FranceControllerId = france, Purposes = purposes,
            DataConcerned = "Noms et courriels", Safeguards = "Accès limité", ImpactAssessmentDone = true, StandardClausesSigned = true,
            ReviewOn = reviewOn ?? TransferAssessment.Today(now).PlusYears(1),
        };
        if (approved) assessment.Approve(now, Guid.NewGuid());
        await app.WithDbAsync(async db =>
        {
            db.TransferAssessments.Add(assessment);
            await db.SaveChangesAsync();
        });
        return assessment;
    }
}
