using Passerelles.Web.Features.Privacy.Register;

namespace Passerelles.Web.Features.Mobility;

public enum PlacementStatus { Preparing, InStay, Completed, EndedEarly, Withdrawn }

/// <summary>A student's internship once their application is accepted: a participant, a sending and a host
/// organisation, a programme, dates and a supervisor (DOMAIN.md §6). Housing, the departure checklist, the stay and
/// its closing hang from it. Its personal data are the sending organisation's.</summary>
public class Placement : AuditedEntity
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid ApplicationId { get; set; }
    public MobilityApplication Application { get; set; } = null!;

    /// <summary>The name a placement or an application shows for its student once retention has unlinked the account.</summary>
    public const string AnonymousStudent = RetentionRule.AnonymousName;

    /// <summary>The student's account; null once retention has anonymised the placement (<see cref="PlacementRetention"/>).</summary>
    public Guid? StudentId { get; set; }
    public AppUser? Student { get; set; }

    public Guid SendingOrganisationId { get; set; }
    public Organisation SendingOrganisation { get; set; } = null!;

    public Guid HostOrganisationId { get; set; }
    public Organisation HostOrganisation { get; set; } = null!;

    public Guid ProgrammeId { get; set; }
    public MobilityProgramme Programme { get; set; } = null!;

    /// <summary>The organisation whose coordinators run the call the offer was published under.</summary>
    public Guid CoordinatingOrganisationId { get; set; }

    public Guid SupervisorId { get; set; }
    public AppUser Supervisor { get; set; } = null!;

    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }

    public PlacementStatus Status { get; set; }

    /// <summary>The tripartite internship agreement drafted for the placement (<see cref="TripartiteAgreement"/>), once
    /// there is one.</summary>
    public Guid? AgreementId { get; set; }

    /// <summary>The key of the message explaining why these cannot be a placement's dates under its programme, or null.</summary>
    public static string? DatesProblem(LocalDate startsOn, LocalDate endsOn, MobilityProgramme programme) =>
        endsOn < startsOn ? "The placement cannot end before it starts."
        : !programme.AllowsStay(startsOn, endsOn) ? "The stay is longer than the programme allows."
        : programme.RequiresLonger(startsOn, endsOn) ? "The stay is shorter than the programme requires."
        : null;

    /// <summary>The placement an accepted application becomes.</summary>
    public static Placement For(MobilityApplication application, InternshipOffer offer, MobilityCall call) => new()
    {
        ApplicationId = application.Id, StudentId = application.ApplicantId, SendingOrganisationId = application.SendingOrganisationId,
        HostOrganisationId = offer.HostOrganisationId, ProgrammeId = call.ProgrammeId, CoordinatingOrganisationId = call.OrganisationId,
        SupervisorId = offer.SupervisorId, StartsOn = application.StartsOn, EndsOn = application.EndsOn, Status = PlacementStatus.Preparing,
    };
}

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasOne(p => p.Application).WithOne().HasForeignKey<Placement>(p => p.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Student).WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.SendingOrganisation).WithMany().HasForeignKey(p => p.SendingOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.HostOrganisation).WithMany().HasForeignKey(p => p.HostOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Programme).WithMany().HasForeignKey(p => p.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Supervisor).WithMany().HasForeignKey(p => p.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => new { p.Status, p.StartsOn });
        builder.HasIndex(p => p.StudentId);
        builder.HasOne<Agreements.Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.AgreementId).IsUnique();
    }
}
