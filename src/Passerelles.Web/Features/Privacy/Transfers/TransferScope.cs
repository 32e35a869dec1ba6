namespace Passerelles.Web.Features.Privacy.Transfers;

/// <summary>What the assessment pages share: the assessments the person answers for, and the agreements that may hold
/// one's written terms.</summary>
public static class TransferScope
{
    public sealed record AgreementChoice(Guid Id, string Title);

    /// <summary>The assessment when the person answers for either of its controllers, or null (not found).</summary>
    public static async Task<TransferAssessment?> FindAsync(AppDbContext db, Actor actor, Guid id, bool tracked = false)
    {
        var duties = await db.TransferDutiesAsync(actor);
        var assessments = tracked ? db.TransferAssessments : db.TransferAssessments.AsNoTracking();
        return await assessments.VisibleTo(actor, duties)
            .Include(a => a.QuebecController).Include(a => a.FranceController).Include(a => a.Agreement)
            .SingleOrDefaultAsync(a => a.Id == id);
    }

    /// <summary>The agreements between the two controllers, or organisations they carry directly.</summary>
    public static Task<List<AgreementChoice>> AgreementsAsync(AppDbContext db, Guid quebec, Guid france) =>
        db.Agreements.AsNoTracking()
            .Where(a => a.Parties.Any(p => p.OrganisationId == quebec || p.Organisation.ParentId == quebec)
                && a.Parties.Any(p => p.OrganisationId == france || p.Organisation.ParentId == france))
            .OrderBy(a => a.Title).Take(50)
            .Select(a => new AgreementChoice(a.Id, a.Title)).ToListAsync();

    /// <summary>Where the assessment stands, as the key of its label.</summary>
    public static string Status(bool approved, LocalDate reviewOn, Instant now) =>
        !approved ? "Awaiting approval" : TransferAssessment.Today(now) > reviewOn ? "Review date passed" : "Current";
}
