namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>The kinds of record the retention job purges, each under the purpose whose register entry sets its period.</summary>
public enum RetainedRecord { CoachingSession, DirectoryListing, IncubationFile, Circle, Agreement, Mission, Placement }

/// <summary>The day a retention period ends for a run on <see cref="Day"/>: records whose period started before it are due.</summary>
public sealed record RetentionCutoff(LocalDate Day)
{
    /// <summary>The start of <see cref="Day"/> in UTC, for records dated by an instant.</summary>
    public Instant At => Day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
}

/// <summary>How one kind of record is purged under the register entry of its <see cref="Purpose"/>: which records are
/// past their period, and what destroying or anonymising them means. A feature keeps the rule of its own records next to
/// them; the <see cref="RetentionJob"/> finds the entry, the organisations it governs and the cutoff, and runs the rule.</summary>
/// <param name="kind">The kind of record, as the dry run and the officer's summary name it.</param>
/// <param name="purpose">The <see cref="ProcessingPurposes"/> key of the register entry that sets the period.</param>
public abstract class RetentionRule(RetainedRecord kind, string purpose)
{
    /// <summary>The name an anonymised record shows where a person's name was: a directory entry, a placement's student.</summary>
    public const string AnonymousName = "—";

    public RetainedRecord Kind { get; } = kind;

    public string Purpose { get; } = purpose;

    /// <summary>The records of <paramref name="controllers"/> whose period, counted from the entry's starting point,
    /// ended before <paramref name="cutoff"/>, and that <paramref name="action"/> would still change. Reads only.</summary>
    public abstract Task<List<Guid>> DueAsync(IReadOnlyList<Guid> controllers, RetentionCutoff cutoff, RetentionAction action, CancellationToken cancellationToken);

    /// <summary>Purges <paramref name="ids"/> inside the job's transaction, and returns what must wait until it commits
    /// (deleting stored files), or null.</summary>
    public abstract Task<Func<Task>?> ApplyAsync(IReadOnlyList<Guid> ids, RetentionAction action, CancellationToken cancellationToken);

    /// <summary>The text key of a line of the officer's summary, such as "{0}: {1} coaching sessions anonymised".</summary>
    public abstract string Describe(RetentionAction action);
}
