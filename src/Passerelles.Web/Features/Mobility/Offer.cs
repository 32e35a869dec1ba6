namespace Passerelles.Web.Features.Mobility;

/// <summary>A funding programme of youth mobility (LOJIQ's internships, OFQJ's), with the rules an applicant and a
/// placement must meet: an age range counted at the placement's start date, a length of stay, a residence condition the
/// applicant declares, and the questions each application answers.</summary>
public class MobilityProgramme : AuditedEntity
{
    public const int NameMaxLength = 200;
    public const int ConditionMaxLength = 1000;

    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>"Stages LOJIQ", "OFQJ".</summary>
    public string Name { get; set; } = "";

    /// <summary>The funder in the directory (LOJIQ, OFQJ), when there is one.</summary>
    public Guid? FunderOrganisationId { get; set; }
    public Organisation? FunderOrganisation { get; set; }

    public int MinimumAge { get; set; }
    public int MaximumAge { get; set; }
    public int MinimumMonths { get; set; }
    public int MaximumMonths { get; set; }

    /// <summary>What the applicant declares about where they live ("Canadian citizen or permanent resident living in
    /// Québec for at least one year"), in the programme's own words; empty when there is no such condition.</summary>
    public string ResidenceCondition { get; set; } = "";

    public List<ProgrammeQuestion> Questions { get; set; } = [];

    /// <summary>Whether a stay from <paramref name="start"/> to <paramref name="end"/> is no longer than the programme
    /// allows: its months are counted as the calendar does (15 March to 14 September is 6 months).</summary>
    public bool AllowsStay(LocalDate start, LocalDate end) => end < start.PlusMonths(MaximumMonths);

    /// <summary>Whether the stay is at least as long as the programme requires.</summary>
    public bool RequiresLonger(LocalDate start, LocalDate end) => end.PlusDays(1) < start.PlusMonths(MinimumMonths);
}

/// <summary>A question every application to the programme answers.</summary>
public class ProgrammeQuestion
{
    public const int TextMaxLength = 500;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProgrammeId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";
}

public enum PublicationStatus { Draft, Published, Closed }

/// <summary>A call a side's mobility coordinators publish: offers grouped under a programme, with a deadline set in
/// the caller's time zone and shown in both.</summary>
public class MobilityCall : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Description { get; set; } = "";

    public Guid ProgrammeId { get; set; }
    public MobilityProgramme Programme { get; set; } = null!;

    /// <summary>The organisation whose coordinators run the call; its administrators manage it.</summary>
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    public Instant Deadline { get; set; }

    /// <summary>The IANA zone the deadline was set in: the caller's.</summary>
    public string DeadlineZoneId { get; set; } = "";

    public PublicationStatus Status { get; set; }

    public List<InternshipOffer> Offers { get; set; } = [];

    public bool IsOpenAt(Instant now) => Status == PublicationStatus.Published && now < Deadline;
}

/// <summary>An internship a host organisation offers: fixed dates, or a length in months starting when the placement
/// is agreed; a field, a working language, a supervisor and a number of places.</summary>
public class InternshipOffer : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int FieldMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int MaxPlaces = 50;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Description { get; set; } = "";

    /// <summary>The host, from the directory; its side is where the intern goes.</summary>
    public Guid HostOrganisationId { get; set; }
    public Organisation HostOrganisation { get; set; } = null!;

    /// <summary>The call the offer is published under; its programme's rules apply.</summary>
    public Guid CallId { get; set; }
    public MobilityCall Call { get; set; } = null!;

    public string Field { get; set; } = "";

    /// <summary>The working language, as a culture name ("fr", "en").</summary>
    public string Language { get; set; } = "fr";

    public Guid SupervisorId { get; set; }
    public AppUser Supervisor { get; set; } = null!;

    public int Places { get; set; }

    /// <summary>Fixed dates, or null with <see cref="DurationMonths"/> set.</summary>
    public LocalDate? StartsOn { get; set; }
    public LocalDate? EndsOn { get; set; }
    public int? DurationMonths { get; set; }

    public PublicationStatus Status { get; set; }

    public List<MobilityApplication> Applications { get; set; } = [];

    /// <summary>The places already given: applications accepted and not withdrawn since.</summary>
    public int PlacesTaken(IEnumerable<MobilityApplication> applications) =>
        applications.Count(a => a.OfferId == Id && a.Status == ApplicationStatus.Accepted);
}

public enum ApplicationStatus { Submitted, Shortlisted, WaitingList, Accepted, Declined, Withdrawn }

/// <summary>A student's application to an offer. Its personal data are the sending college's (the controller): the
/// date of birth is the only age data kept, and the residence condition is declared, not documented.</summary>
public class MobilityApplication : AuditedEntity
{
    public const int MotivationMaxLength = 8000;
    public const int MessageMaxLength = 2000;
    public const int MaxScore = 10;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OfferId { get; set; }
    public InternshipOffer Offer { get; set; } = null!;

    /// <summary>The applicant's account; null once retention has anonymised the placement the application became.</summary>
    public Guid? ApplicantId { get; set; }
    public AppUser? Applicant { get; set; }

    /// <summary>The college or organisation sending the student: the controller of the application's data.</summary>
    public Guid SendingOrganisationId { get; set; }
    public Organisation SendingOrganisation { get; set; } = null!;

    public LocalDate BirthDate { get; set; }

    /// <summary>The applicant declared they meet the programme's residence condition.</summary>
    public bool DeclaresResidence { get; set; }

    /// <summary>The applicant's gender if they declared it, kept after a withdrawal for the funder's aggregated indicators.</summary>
    public Projects.SelfDeclaredGender? Gender { get; set; }

    /// <summary>The stay the applicant asks for: the offer's dates, or their own start for an offer of a length.</summary>
    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }

    public string Motivation { get; set; } = "";

    /// <summary>The CV, stored outside the web root under <see cref="CvStoredName"/>.</summary>
    public string CvFileName { get; set; } = "";
    public string CvContentType { get; set; } = "";
    public string CvStoredName { get; set; } = "";

    public List<ApplicationAnswer> Answers { get; set; } = [];

    public ApplicationStatus Status { get; set; }
    public Instant SubmittedAt { get; set; }

    /// <summary>The reviewers' score, 0 to <see cref="MaxScore"/>, while it is being reviewed.</summary>
    public int? Score { get; set; }

    /// <summary>The message sent with the decision.</summary>
    public string DecisionMessage { get; set; } = "";
    public Instant? DecidedAt { get; set; }
    public Guid? DecidedById { get; set; }
}

/// <summary>An application's answer to one of its programme's questions.</summary>
public class ApplicationAnswer
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ApplicationId { get; set; }
    public Guid QuestionId { get; set; }
    public ProgrammeQuestion Question { get; set; } = null!;
    public string Text { get; set; } = "";
}

public sealed class MobilityProgrammeConfiguration : IEntityTypeConfiguration<MobilityProgramme>
{
    public void Configure(EntityTypeBuilder<MobilityProgramme> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(MobilityProgramme.NameMaxLength);
        builder.Property(p => p.ResidenceCondition).HasMaxLength(MobilityProgramme.ConditionMaxLength);
        builder.HasOne(p => p.FunderOrganisation).WithMany().HasForeignKey(p => p.FunderOrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Questions).WithOne().HasForeignKey(q => q.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ProgrammeQuestionConfiguration : IEntityTypeConfiguration<ProgrammeQuestion>
{
    public void Configure(EntityTypeBuilder<ProgrammeQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(ProgrammeQuestion.TextMaxLength);
        builder.HasIndex(q => new { q.ProgrammeId, q.Position });
    }
}

public sealed class MobilityCallConfiguration : IEntityTypeConfiguration<MobilityCall>
{
    public void Configure(EntityTypeBuilder<MobilityCall> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(MobilityCall.TitleMaxLength);
        builder.Property(c => c.Description).HasMaxLength(MobilityCall.DescriptionMaxLength);
        builder.Property(c => c.DeadlineZoneId).HasMaxLength(64);
        builder.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Offers).WithOne(o => o.Call).HasForeignKey(o => o.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.Status, c.Deadline });
    }
}

public sealed class InternshipOfferConfiguration : IEntityTypeConfiguration<InternshipOffer>
{
    public void Configure(EntityTypeBuilder<InternshipOffer> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(InternshipOffer.TitleMaxLength);
        builder.Property(o => o.Description).HasMaxLength(InternshipOffer.DescriptionMaxLength);
        builder.Property(o => o.Field).HasMaxLength(InternshipOffer.FieldMaxLength);
        builder.Property(o => o.Language).HasMaxLength(16);
        builder.HasOne(o => o.HostOrganisation).WithMany().HasForeignKey(o => o.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Supervisor).WithMany().HasForeignKey(o => o.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Applications).WithOne(a => a.Offer).HasForeignKey(a => a.OfferId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.Status, o.StartsOn });
        builder.HasIndex(o => o.HostOrganisationId);
    }
}

public sealed class MobilityApplicationConfiguration : IEntityTypeConfiguration<MobilityApplication>
{
    public void Configure(EntityTypeBuilder<MobilityApplication> builder)
    {
        builder.Property(a => a.Motivation).HasMaxLength(MobilityApplication.MotivationMaxLength);
        builder.Property(a => a.DecisionMessage).HasMaxLength(MobilityApplication.MessageMaxLength);
        builder.Property(a => a.CvFileName).HasMaxLength(255);
        builder.Property(a => a.CvContentType).HasMaxLength(100);
        builder.Property(a => a.CvStoredName).HasMaxLength(32);
        builder.HasOne(a => a.Applicant).WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.SendingOrganisation).WithMany().HasForeignKey(a => a.SendingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OfferId, a.ApplicantId }).IsUnique();
        builder.HasIndex(a => a.ApplicantId);
    }
}

public sealed class ApplicationAnswerConfiguration : IEntityTypeConfiguration<ApplicationAnswer>
{
    public void Configure(EntityTypeBuilder<ApplicationAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(ApplicationAnswer.TextMaxLength);
        builder.HasOne(a => a.Question).WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
