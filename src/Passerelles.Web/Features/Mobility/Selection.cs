namespace Passerelles.Web.Features.Mobility;

public enum Decision { Score, Shortlist, WaitingList, Accept, Decline }

/// <summary>The reviewers' decisions on an application, and the e-mail that tells the applicant, in their language.
/// Accepting takes one of the offer's places and makes the placement; the offer's version is bumped in the same save,
/// so that of two reviewers taking the last place at once, the second is refused.</summary>
public sealed class Selection(AppDbContext db, EmailTemplates templates, IMailer mailer, ILogger<Selection> logger)
{
    public const string PlaceGone = "The last place of this offer was just given to someone else.";

    /// <summary>Applies <paramref name="decision"/> to the application (tracked, with its offer and call), or returns
    /// the key of the reason it cannot be.</summary>
    public static string? Decide(MobilityApplication application, Decision decision, int? score, string message, int placesTaken, Guid deciderId, Instant now)
    {
        if (application.Status is ApplicationStatus.Accepted or ApplicationStatus.Withdrawn) return "This application has already been decided.";
        application.Score = score;
        if (decision == Decision.Score) return null;
        if (decision == Decision.Accept && placesTaken >= application.Offer.Places) return PlaceGone;
        application.Status = decision switch
        {
            Decision.Shortlist => ApplicationStatus.Shortlisted,
            Decision.WaitingList => ApplicationStatus.WaitingList,
            Decision.Accept => ApplicationStatus.Accepted,
            _ => ApplicationStatus.Declined,
        };
        if (decision is Decision.Accept or Decision.Decline)
        {
            application.DecisionMessage = message;
            application.DecidedAt = now;
            application.DecidedById = deciderId;
        }
        return null;
    }

    /// <summary>Saves a decision, with the placement an acceptance makes; false when another reviewer changed the offer
    /// first (its last place is gone).</summary>
    public async Task<bool> SaveAsync(MobilityApplication application)
    {
        if (application.Status == ApplicationStatus.Accepted && db.Entry(application).Property(a => a.Status).IsModified)
        {
            db.Placements.Add(Placement.For(application, application.Offer, application.Offer.Call));
            // The offer changes with every place given: its version, bumped in this save, guards the last place.
            db.Entry(application.Offer).Property(o => o.UpdatedAt).IsModified = true;
        }
        return await db.SaveAtVersionAsync(application.Offer, application.Offer.Version);
    }

    /// <summary>Tells the applicant of a decision, in their language, with the reviewer's message.</summary>
    public async Task NotifyAsync(HttpRequest request, MobilityApplication application)
    {
        var applicant = await db.Users.AsNoTracking().Where(u => u.Id == application.ApplicantId).Select(u => new { u.Email, u.PreferredCulture }).SingleOrDefaultAsync();
        if (string.IsNullOrEmpty(applicant?.Email)) return;
        var culture = applicant.PreferredCulture != "" ? applicant.PreferredCulture : application.SendingOrganisation.DefaultCulture;
        var link = templates.AbsoluteUrl(request, $"/mobility/applications/{application.Id}");
        var offer = application.Offer;
        try
        {
            await mailer.SendAsync(templates.Compose(applicant.Email, culture, t =>
            {
                var paragraphs = new List<string> { t["ApplicationDecision." + application.Status, offer.Title, offer.HostOrganisation.Name] };
                if (application.Status is ApplicationStatus.Accepted or ApplicationStatus.Declined && application.DecisionMessage.Length > 0)
                    paragraphs.Add(t["Their message: {0}", application.DecisionMessage]);
                return new EmailTemplates.Content(t["Your application to {0}", offer.Title], paragraphs, t["See your application"], link);
            }));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The decision on a mobility application could not be sent.");
        }
    }
}
