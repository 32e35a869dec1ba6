namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>Applies each register entry's retention period to the records of its purpose, once a day across instances,
/// and tells each officer how many records went (counts, never content). Each kind of record has its rule next to its
/// feature (<see cref="RetentionRule"/>): which records are past their period, and what destroying or anonymising them
/// means. Mobility's sensitive documents and CVs are destroyed by Mobility's own job on the periods of
/// <see cref="Mobility.Retention"/>, shorter than the placement file's entry. A record's controller is the nearest
/// organisation up its carrier chain that has an entry for the purpose: an incubator's sessions follow its carrier's
/// register unless the incubator keeps its own.</summary>
public sealed class RetentionJob(AppDbContext db, IEnumerable<RetentionRule> rules, EmailTemplates templates, IMailer mailer, TimeProvider clock, ILogger<RetentionJob> logger)
{
    /// <summary>What one entry purges (or would purge) of one kind of record.</summary>
    public sealed record Purge(Guid ActivityId, Guid ControllerId, string Controller, LocalisedText Purpose, RetainedRecord Kind, RetentionAction Action, int Count, string Describe);

    private sealed record Due(Purge Purge, RetentionRule Rule, IReadOnlyList<Guid> Ids);

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
        foreach (var (purge, rule, ids) in due.Where(d => d.Ids.Count > 0))
        {
            Func<Task>? afterCommit;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                afterCommit = await rule.ApplyAsync(ids, purge.Action, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            if (afterCommit is not null) await afterCommit();
            logger.LogInformation("Retention: {Count} {Kind} records of {Purpose} {Action}.", ids.Count, purge.Kind, purge.Purpose.En, purge.Action);
        }
        await NotifyOfficersAsync(day, due.Select(d => d.Purge).Where(p => p.Count > 0).ToList(), cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<Due>> DueAsync(CancellationToken cancellationToken)
    {
        var cutoffDay = Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;
        var byPurpose = rules.ToLookup(r => r.Purpose);
        var purposes = byPurpose.Select(g => g.Key).ToList();
        var entries = await db.ProcessingActivities.AsNoTracking()
            .Where(a => purposes.Contains(a.Purpose))
            .Select(a => new EntryRow(a.Id, a.ControllerId, a.Controller.Name, a.Purpose, a.Name, a.RetentionMonths, a.AtExpiry))
            .ToListAsync(cancellationToken);
        if (entries.Count == 0) return [];
        var parents = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        var result = new List<Due>();
        foreach (var entry in entries)
        {
            var governed = Governed(entry, entries, parents);
            var cutoff = new RetentionCutoff(cutoffDay.PlusMonths(-entry.RetentionMonths));
            foreach (var rule in byPurpose[entry.Purpose])
            {
                var ids = await rule.DueAsync(governed, cutoff, entry.AtExpiry, cancellationToken);
                result.Add(new Due(new Purge(entry.Id, entry.ControllerId, entry.Controller, entry.Name, rule.Kind, entry.AtExpiry, ids.Count, rule.Describe(entry.AtExpiry)), rule, ids));
            }
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
                 .. lines.Select(l => t[l.Describe, l.Purpose.ForCurrentCulture(), l.Count].Value)],
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
}
