namespace Passerelles.Web.Features.Mobility;

/// <summary>How a placement's stay went, one row per placement once it has begun: arrival, the mid-stay check-in, an
/// early return, the student's return questionnaire and the supervisor's evaluation. Each step checks its dates
/// against the placement's (no arrival before the start, no return after the end) and moves the placement's status.</summary>
public class PlacementStay : AuditedEntity
{
    public const int NotesMaxLength = 4000;
    public const int AnswerMaxLength = 4000;

    public Guid PlacementId { get; set; }

    public LocalDate? ArrivedOn { get; set; }
    public LocalDate? CheckInOn { get; set; }
    public string CheckInNotes { get; set; } = "";
    public LocalDate? ReturnedEarlyOn { get; set; }
    public string EarlyReturnReason { get; set; } = "";

    public int? StudentRating { get; set; }
    public string StudentLearned { get; set; } = "";
    public bool? StudentRecommendsHost { get; set; }
    public Instant? StudentAnsweredAt { get; set; }

    public int? SupervisorRating { get; set; }
    public string SupervisorSkills { get; set; } = "";
    public bool? SupervisorWouldHostAgain { get; set; }
    public Instant? SupervisorAnsweredAt { get; set; }

    public bool IsClosed => StudentAnsweredAt is not null && SupervisorAnsweredAt is not null;

    /// <summary>The key of the message explaining why the student cannot have arrived on <paramref name="on"/>, or null.</summary>
    public static string? ArrivalProblem(Placement placement, LocalDate on, LocalDate today) =>
        placement.Status != PlacementStatus.Preparing ? "The arrival can only be confirmed for a placement in preparation."
        : on < placement.StartsOn ? "The arrival cannot be before the placement starts."
        : on > placement.EndsOn ? "The arrival cannot be after the placement ends."
        : on > today ? "The arrival cannot be in the future."
        : null;

    /// <summary>The key of the message explaining why a step of the stay (a check-in, an incident) cannot be dated
    /// <paramref name="on"/>, or null.</summary>
    public string? DuringStayProblem(Placement placement, LocalDate on, LocalDate today) =>
        placement.Status != PlacementStatus.InStay ? "The student has not arrived, or the stay is over."
        : on < ArrivedOn ? "The date cannot be before the arrival."
        : on > placement.EndsOn ? "The date cannot be after the placement ends."
        : on > today ? "The date cannot be in the future."
        : null;

    /// <summary>The key of the message explaining why the student cannot have come back early on <paramref name="on"/>, or null.</summary>
    public string? EarlyReturnProblem(Placement placement, LocalDate on, LocalDate today) =>
        placement.Status == PlacementStatus.InStay && on >= placement.EndsOn ? "An early return must be before the placement ends."
        : DuringStayProblem(placement, on, today);

    /// <summary>The key of the message explaining why the stay cannot be closed yet, or null. A stay ended by an early
    /// return is closed from that return on.</summary>
    public static string? ClosingProblem(Placement placement, LocalDate today) =>
        placement.Status == PlacementStatus.Completed ? "This placement is already closed."
        : !IsClosing(placement.Status) ? "Only a stay under way can be closed."
        : placement.Status == PlacementStatus.InStay && today < placement.EndsOn ? "The questionnaires open on the last day of the placement."
        : null;

    /// <summary>Whether the questionnaire and the evaluation may be answered in this status.</summary>
    public static bool IsClosing(PlacementStatus status) => status is PlacementStatus.InStay or PlacementStatus.EndedEarly;

    public void Arrive(Placement placement, LocalDate on)
    {
        ArrivedOn = on;
        placement.Status = PlacementStatus.InStay;
    }

    public void ReturnEarly(Placement placement, LocalDate on, string reason)
    {
        ReturnedEarlyOn = on;
        EarlyReturnReason = reason;
        placement.Status = PlacementStatus.EndedEarly;
    }

    public void AnswerQuestionnaire(int rating, string learned, bool recommendsHost, Instant at)
    {
        StudentRating = rating;
        StudentLearned = learned;
        StudentRecommendsHost = recommendsHost;
        StudentAnsweredAt = at;
    }

    public void Evaluate(int rating, string skills, bool wouldHostAgain, Instant at)
    {
        SupervisorRating = rating;
        SupervisorSkills = skills;
        SupervisorWouldHostAgain = wouldHostAgain;
        SupervisorAnsweredAt = at;
    }

    /// <summary>Completes the placement once both the questionnaire and the evaluation are in.</summary>
    public void CompleteIfClosed(Placement placement)
    {
        if (IsClosed) placement.Status = PlacementStatus.Completed;
    }
}

/// <summary>Something that happened during a stay. Everyone who sees the placement sees that it happened, when, and
/// its summary, written for them; the confidential note is the coordinators' alone.</summary>
public class PlacementIncident : AuditedEntity
{
    public const int SummaryMaxLength = 300;
    public const int NoteMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlacementId { get; set; }
    public LocalDate OccurredOn { get; set; }
    public string Summary { get; set; } = "";
    public string ConfidentialNote { get; set; } = "";
}

public sealed class PlacementStayConfiguration : IEntityTypeConfiguration<PlacementStay>
{
    public void Configure(EntityTypeBuilder<PlacementStay> builder)
    {
        builder.HasKey(s => s.PlacementId);
        builder.Property(s => s.CheckInNotes).HasMaxLength(PlacementStay.NotesMaxLength);
        builder.Property(s => s.EarlyReturnReason).HasMaxLength(PlacementStay.NotesMaxLength);
        builder.Property(s => s.StudentLearned).HasMaxLength(PlacementStay.AnswerMaxLength);
        builder.Property(s => s.SupervisorSkills).HasMaxLength(PlacementStay.AnswerMaxLength);
        builder.Ignore(s => s.IsClosed);
        builder.HasOne<Placement>().WithOne().HasForeignKey<PlacementStay>(s => s.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlacementIncidentConfiguration : IEntityTypeConfiguration<PlacementIncident>
{
    public void Configure(EntityTypeBuilder<PlacementIncident> builder)
    {
        builder.Property(i => i.Summary).HasMaxLength(PlacementIncident.SummaryMaxLength);
        builder.Property(i => i.ConfidentialNote).HasMaxLength(PlacementIncident.NoteMaxLength);
        builder.HasOne<Placement>().WithMany().HasForeignKey(i => i.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.PlacementId, i.OccurredOn });
    }
}
