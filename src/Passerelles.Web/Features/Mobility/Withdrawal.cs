namespace Passerelles.Web.Features.Mobility;

/// <summary>An applicant withdraws an application, or a student a placement before departure: everything personal of
/// it is erased at once, except what the funders' rules require to keep for their aggregated indicators, listed in
/// <see cref="Kept"/>. The application and its placement become Withdrawn.</summary>
public sealed class Withdrawal(AppDbContext db, DocumentRetention retention, SensitiveDocuments documents, CvFiles cvs, TimeProvider clock)
{
    /// <summary>What the funders (LOJIQ, OFQJ) require to keep of a withdrawn application, in one place: the
    /// confirmation page lists it, and <see cref="WithdrawAsync"/> keeps it and nothing else.</summary>
    public static readonly IReadOnlyList<string> Kept =
    [
        "The programme, the offer and its host organisation",
        "The dates of the stay",
        "Your sending organisation",
        "Your year of birth (your date of birth becomes 1 January of that year)",
        "The dates of your application and of your withdrawal",
        "Your gender, if you declared it when applying (counted in aggregate only)",
    ];

    /// <summary>What is erased, as the confirmation page says it.</summary>
    public static readonly IReadOnlyList<string> Erased =
    [
        "Your motivation and your answers to the programme's questions",
        "Your CV",
        "Your identity document, health information and emergency contact",
        "The reviewers' score and the message of their decision",
    ];

    /// <summary>Whether the application may still be withdrawn: not decided against, not withdrawn, and when it became a
    /// placement, before its departure.</summary>
    public static bool IsOpen(MobilityApplication application, Placement? placement, LocalDate today) =>
        application.Status is not (ApplicationStatus.Declined or ApplicationStatus.Withdrawn)
        && (placement is null || placement.Status == PlacementStatus.Preparing && today < placement.StartsOn);

    public async Task WithdrawAsync(MobilityApplication application, Placement? placement, CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var placed = placement is null ? [] : await db.SensitiveDocuments.AsNoTracking()
            .Where(d => d.PlacementId == placement.Id).Select(d => new { d.Id, d.Kind, d.StoredName }).ToListAsync(cancellationToken);
        var files = new List<Func<Task>>();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var document in placed)
            if (await retention.DestroyAsync(document.Id, application.Id, document.Kind, DestructionReason.Withdrawal, now, cancellationToken))
                files.Add(() => documents.Store.DeleteAsync(document.StoredName));
        if (application.CvStoredName is { Length: > 0 } cv && await retention.DestroyCvAsync(application.Id, cv, DestructionReason.Withdrawal, now, cancellationToken))
            files.Add(() => cvs.Store.DeleteAsync(cv));

        await db.ApplicationAnswers.Where(a => a.ApplicationId == application.Id).ExecuteDeleteAsync(cancellationToken);
        application.Answers.Clear();
        application.Motivation = "";
        (application.CvStoredName, application.CvFileName, application.CvContentType) = ("", "", "");
        application.BirthDate = new LocalDate(application.BirthDate.Year, 1, 1);
        application.DeclaresResidence = false;
        application.Score = null;
        application.DecisionMessage = "";
        application.Status = ApplicationStatus.Withdrawn;
        if (placement is not null) placement.Status = PlacementStatus.Withdrawn;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var delete in files) await delete();
    }
}
