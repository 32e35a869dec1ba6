namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The kinds of record the retention job purges, each under the purpose whose register entry sets its period.</summary>
public enum RetainedRecord { CoachingSession, DirectoryListing }

/// <summary>Applies each register entry's retention period to the records of its purpose, once a day across instances,
/// and tells each officer how many records went (counts, never content). The rules, one per kind of record:
/// <list type="bullet">
/// <item>Coaching notes (<see cref="ProcessingPurposes.CoachingNotes"/>): a coaching session is due once its period,
/// counted from the session, is over. Anonymising empties its notes and topics and removes its participants, so that
/// its hours still count for funders; destroying deletes it with its participants and actions.</item>
/// <item>Directory listing (<see cref="ProcessingPurposes.DirectoryListing"/>): a person without an account whose
/// consent to the listing was withdrawn (and not given again) is due once the period, counted from the withdrawal, is
/// over. Anonymising empties their name, contact and roles; destroying deletes them, unless an agreement names them as
/// a signatory, in which case they are anonymised (the agreement's evidence stays whole).</item>
/// </list>
/// Mobility's sensitive documents and CVs are destroyed by Mobility's own job on the periods of
/// <see cref="Mobility.Retention"/>, shorter than the placement file's entry. A record's controller is the nearest
/// organisation up its carrier chain that has an entry for the purpose: an incubator's sessions follow its carrier's
/// register unless the incubator keeps its own.</summary>
public sealed class RetentionJob(AppDbContext db, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<RetentionJob> logger)
{
    /// <summary>The name an anonymised directory entry keeps.</summary>
    public const string AnonymousName = "—";

    /// <summary>What one entry purges (or would purge) of one kind of record.</summary>
    public sealed record Purge(Guid ActivityId, Guid ControllerId, string Controller, LocalisedText Purpose, RetainedRecord Kind, RetentionAction Action, int Count);

    private sealed record Due(Purge Purge, IReadOnlyList<Guid> Ids);

    private sealed record EntryRow(Guid Id, Guid ControllerId, string Controller, string Purpose, LocalisedText Name, int RetentionMonths, RetentionAction AtExpiry);

    /// <summary>What a run now would purge for the entries of <paramref name="controllers"/> (all when null). Reads only.</summary>
    public async Task<IReadOnlyList<Purge>> PreviewAsync(IReadOnlySet<Guid>? controllers, CancellationToken cancellationToken = default) =>
        (await DueAsync(cancellationToken)).Select(d => d.Purge)
        .Where(p => controllers is null || controllers.Contains(p.ControllerId)).ToList();

    /// <summary>Claims today's run and purges what is due; false when another run claimed today already.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var day = now.InUtc().Date;
        if (!await OnceOnly.ClaimAsync(db, new RetentionRun { Day = day, ClaimedAt = now }, r => r.Day == day, cancellationToken)) return false;
        var due = await DueAsync(cancellationToken);
        foreach (var (purge, ids) in due.Where(d => d.Ids.Count > 0))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ApplyAsync(purge.Kind, purge.Action, ids, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Retention: {Count} {Kind} records of {Purpose} {Action}.", ids.Count, purge.Kind, purge.Purpose.En, purge.Action);
        }
        await NotifyOfficersAsync(day, due.Select(d => d.Purge).Where(p => p.Count > 0).ToList(), cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<Due>> DueAsync(CancellationToken cancellationToken)
    {
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var entries = await db.ProcessingActivities.AsNoTracking()
            .Where(a => a.Purpose == ProcessingPurposes.CoachingNotes || a.Purpose == ProcessingPurposes.DirectoryListing)
            .Select(a => new EntryRow(a.Id, a.ControllerId, a.Controller.Name, a.Purpose, a.Name, a.RetentionMonths, a.AtExpiry))
            .ToListAsync(cancellationToken);
        if (entries.Count == 0) return [];
        var parents = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        var result = new List<Due>();
        foreach (var entry in entries)
        {
            var governed = Governed(entry, entries, parents);
            var cutoff = today.PlusMonths(-entry.RetentionMonths).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var (kind, ids) = entry.Purpose == ProcessingPurposes.CoachingNotes
                ? (RetainedRecord.CoachingSession, await DueSessionsAsync(governed, cutoff, entry.AtExpiry, cancellationToken))
                : (RetainedRecord.DirectoryListing, await DueListingsAsync(governed, cutoff, cancellationToken));
            result.Add(new Due(new Purge(entry.Id, entry.ControllerId, entry.Controller, entry.Name, kind, entry.AtExpiry, ids.Count), ids));
        }
        return result;
    }

    /// <summary>The organisations whose records of the entry's purpose it governs: its controller and those it carries,
    /// down the chain, unless one of them has its own entry for the purpose.</summary>
    private static List<Guid> Governed(EntryRow entry, List<EntryRow> entries, Dictionary<Guid, Guid?> parents)
    {
        var own = entries.Where(e => e.Purpose == entry.Purpose).Select(e => e.ControllerId).ToHashSet();
        Guid? ControllerOf(Guid organisation)
        {
            Guid? current = organisation;
            for (var depth = 0; current is { } id && depth < 32; depth++)
            {
                if (own.Contains(id)) return id;
                current = parents.GetValueOrDefault(id);
            }
            return null;
        }
        return parents.Keys.Where(o => ControllerOf(o) == entry.ControllerId).ToList();
    }

    private async Task<List<Guid>> DueSessionsAsync(List<Guid> incubators, Instant cutoff, RetentionAction action, CancellationToken cancellationToken)
    {
        var sessions = db.CoachingSessions.AsNoTracking().Where(s => incubators.Contains(s.IncubatorId) && s.StartsAt < cutoff);
        if (action == RetentionAction.Anonymise) sessions = sessions.Where(s => s.Notes != "" || s.Topics != "" || s.Participants.Any());
        return await sessions.Select(s => s.Id).ToListAsync(cancellationToken);
    }

    private async Task<List<Guid>> DueListingsAsync(List<Guid> controllers, Instant cutoff, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking()
            .Where(p => controllers.Contains(p.ControllerOrganisationId) && p.UserId == null
                        && p.Consents.Any(c => c.Purpose == Consent.DirectoryListing)
                        && !p.Consents.Any(c => c.Purpose == Consent.DirectoryListing && (c.WithdrawnAt == null || c.WithdrawnAt >= cutoff))
                        && (p.DisplayName != AnonymousName || p.Email != "" || p.Phone != "" || p.Roles.Any()))
            .Select(p => p.Id).ToListAsync(cancellationToken);

    private async Task ApplyAsync(RetainedRecord kind, RetentionAction action, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        switch (kind, action)
        {
            case (RetainedRecord.CoachingSession, RetentionAction.Destroy):
                await db.CoachingSessions.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
                break;
            case (RetainedRecord.CoachingSession, RetentionAction.Anonymise):
                await db.CoachingParticipants.Where(p => ids.Contains(p.SessionId)).ExecuteDeleteAsync(cancellationToken);
                await db.CoachingSessions.Where(s => ids.Contains(s.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.Notes, "").SetProperty(x => x.Topics, ""), cancellationToken);
                break;
            case (RetainedRecord.DirectoryListing, RetentionAction.Destroy):
                await db.People.Where(p => ids.Contains(p.Id) && !db.AgreementParties.Any(a => a.PersonId == p.Id)).ExecuteDeleteAsync(cancellationToken);
                await AnonymiseListingsAsync(ids, cancellationToken);
                break;
            default:
                await AnonymiseListingsAsync(ids, cancellationToken);
                break;
        }
    }

    private async Task AnonymiseListingsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await db.PersonRoles.Where(r => ids.Contains(r.PersonId)).ExecuteDeleteAsync(cancellationToken);
        await db.People.Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.DisplayName, AnonymousName).SetProperty(p => p.SearchName, "")
            .SetProperty(p => p.Email, "").SetProperty(p => p.Phone, "").SetProperty(p => p.Languages, "").SetProperty(p => p.TimeZoneId, ""), cancellationToken);
    }

    /// <summary>Each officer of an organisation whose records went learns how many, per purpose, in their language.</summary>
    private async Task NotifyOfficersAsync(LocalDate day, IReadOnlyList<Purge> purged, CancellationToken cancellationToken)
    {
        if (purged.Count == 0) return;
        var controllers = purged.Select(p => p.ControllerId).Distinct().ToList();
        var officers = await db.PrivacyOfficers.AsNoTracking().Where(o => controllers.Contains(o.OrganisationId))
            .Join(db.Users, o => o.UserId, u => u.Id, (o, u) => new { o.OrganisationId, u.Email, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        foreach (var officer in officers.Where(o => !string.IsNullOrEmpty(o.Email)))
        {
            var lines = purged.Where(p => p.ControllerId == officer.OrganisationId).ToList();
            var email = templates.Compose(officer.Email!, officer.PreferredCulture, t => new EmailTemplates.Content(
                t["Retention of {0}: what was purged on {1}", lines[0].Controller, day.ToString("D", CultureInfo.CurrentCulture)],
                [t["The retention periods of the register of processing were applied. Records purged, by purpose:"],
                 .. lines.Select(l => t[Describe(l.Kind, l.Action), l.Purpose.ForCurrentCulture(), l.Count].Value)],
                t["Open the register"], templates.PublicUrl("/privacy/register")));
            try
            {
                await mailer.SendAsync(email, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "The retention summary could not be sent to an officer.");
            }
        }
    }

    /// <summary>The key of a line of the summary: "{0}: {1} coaching sessions anonymised".</summary>
    public static string Describe(RetainedRecord kind, RetentionAction action) => (kind, action) switch
    {
        (RetainedRecord.CoachingSession, RetentionAction.Destroy) => "{0}: {1} coaching sessions destroyed",
        (RetainedRecord.CoachingSession, _) => "{0}: {1} coaching sessions anonymised",
        (RetainedRecord.DirectoryListing, RetentionAction.Destroy) => "{0}: {1} directory listings destroyed",
        _ => "{0}: {1} directory listings anonymised",
    };
}
