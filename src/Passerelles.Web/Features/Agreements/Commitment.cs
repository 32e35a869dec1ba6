namespace Passerelles.Web.Features.Agreements;

/// <summary>How often a commitment comes due: once, or every month, quarter or year from its first due date.</summary>
public enum Recurrence { Once, Monthly, Quarterly, Yearly }

/// <summary>What happens when an agreement reaches its expiry date: it ends, or it renews itself for a number of months
/// unless a party gives notice.</summary>
public enum RenewalMode { Expires, RenewsTacitly }

/// <summary>Something a party undertook in an article of the agreement (what, who, when, how it is measured), which the
/// drafters extract to follow it up. It points to the article by its <see cref="AgreementArticle.Key"/>, which stays the
/// same from version to version. Each occurrence (one for a one-off commitment) is marked done on its own.</summary>
public class Commitment : AuditedEntity
{
    public const int WhatMaxLength = 1000;
    public const int IndicatorMaxLength = 300;
    public const int TargetMaxLength = 200;

    /// <summary>How far back overdue occurrences are still counted and reminded: older ones are history.</summary>
    public const int OverdueLookBackDays = 31;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AgreementId { get; set; }
    public Guid ArticleKey { get; set; }
    public string What { get; set; } = "";

    /// <summary>The party that owes it.</summary>
    public Guid PartyId { get; set; }
    public AgreementParty Party { get; set; } = null!;

    /// <summary>The person who answers for it within the party, when one is named.</summary>
    public Guid? PersonId { get; set; }
    public AppUser? Person { get; set; }

    /// <summary>The due date of a one-off commitment; the first due date of a recurring one.</summary>
    public LocalDate DueOn { get; set; }
    public Recurrence Recurrence { get; set; }

    /// <summary>How progress is measured, and the value aimed at.</summary>
    public string Indicator { get; set; } = "";
    public string Target { get; set; } = "";

    public List<CommitmentCompletion> Completions { get; set; } = [];

    public static int MonthsBetween(Recurrence recurrence) => recurrence switch
    {
        Recurrence.Monthly => 1,
        Recurrence.Quarterly => 3,
        Recurrence.Yearly => 12,
        _ => 0,
    };

    /// <summary>The due dates from the first one up to <paramref name="until"/> (inclusive). Each is counted from the
    /// first due date, so a commitment due on 31 January is due on 28 (or 29) February, then on 31 March again.</summary>
    public static IEnumerable<LocalDate> Occurrences(LocalDate first, Recurrence recurrence, LocalDate until)
    {
        var step = MonthsBetween(recurrence);
        if (step == 0)
        {
            if (first <= until) yield return first;
            yield break;
        }
        for (var k = 0; ; k++)
        {
            var date = first.PlusMonths(k * step);
            if (date > until) yield break;
            yield return date;
        }
    }

    public IEnumerable<LocalDate> OccurrencesUntil(LocalDate until) => Occurrences(DueOn, Recurrence, until);

    /// <summary>The first due date after <paramref name="after"/>, if there is one.</summary>
    public LocalDate? NextAfter(LocalDate after)
    {
        var step = MonthsBetween(Recurrence);
        if (step == 0) return DueOn > after ? DueOn : null;
        for (var k = 0; ; k++)
        {
            var date = DueOn.PlusMonths(k * step);
            if (date > after) return date;
        }
    }

    public bool IsDone(LocalDate dueOn) => Completions.Any(c => c.DueOn == dueOn);

    /// <summary>The occurrences that count on <paramref name="today"/>: every past one (only the last
    /// <see cref="OverdueLookBackDays"/> days for a recurring commitment), and the next one to come.</summary>
    public IReadOnlyList<LocalDate> RelevantOccurrences(LocalDate today)
    {
        var past = OccurrencesUntil(today).Where(d => Recurrence == Recurrence.Once || d >= today.PlusDays(-OverdueLookBackDays));
        var result = past.ToList();
        if (NextAfter(today) is { } next) result.Add(next);
        return result;
    }

    /// <summary>The occurrence to act on next: the earliest one not done among those that count, or null when all are
    /// done.</summary>
    public LocalDate? OpenOccurrence(LocalDate today) => RelevantOccurrences(today).Where(d => !IsDone(d)).Cast<LocalDate?>().FirstOrDefault();
}

/// <summary>One occurrence of a commitment marked done: which due date, by whom and when. Never changed.</summary>
public class CommitmentCompletion : IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CommitmentId { get; set; }
    public LocalDate DueOn { get; set; }
    public Guid DoneBy { get; set; }
    public AppUser DoneByUser { get; set; } = null!;
    public Instant DoneAt { get; set; }
}

/// <summary>An agreement reminder claimed (and then sent): what it is about, for which date and to whom. Its key keeps
/// it from going out twice: whoever inserts the row first sends it; another app instance trying the same insert gets a
/// unique-key violation and leaves it.</summary>
public class SentAgreementReminder
{
    public const string DueSoon = "due-soon";
    public const string Overdue = "overdue";
    public const string ExpiryNotice = "expiry-notice";

    public string Kind { get; set; } = "";

    /// <summary>The commitment, or the agreement for an expiry notice.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The occurrence's due date, or the end of the term for an expiry notice.</summary>
    public LocalDate OnDate { get; set; }
    public Guid UserId { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class CommitmentConfiguration :
    IEntityTypeConfiguration<Commitment>, IEntityTypeConfiguration<CommitmentCompletion>, IEntityTypeConfiguration<SentAgreementReminder>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.What).HasMaxLength(Commitment.WhatMaxLength);
        builder.Property(c => c.Indicator).HasMaxLength(Commitment.IndicatorMaxLength);
        builder.Property(c => c.Target).HasMaxLength(Commitment.TargetMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Party).WithMany().HasForeignKey(c => c.PartyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Completions).WithOne().HasForeignKey(d => d.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.AgreementId, c.DueOn });
    }

    public void Configure(EntityTypeBuilder<CommitmentCompletion> builder)
    {
        builder.HasOne(c => c.DoneByUser).WithMany().HasForeignKey(c => c.DoneBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CommitmentId, c.DueOn }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<SentAgreementReminder> builder)
    {
        builder.HasKey(r => new { r.Kind, r.SubjectId, r.OnDate, r.UserId });
        builder.Property(r => r.Kind).HasMaxLength(20);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
