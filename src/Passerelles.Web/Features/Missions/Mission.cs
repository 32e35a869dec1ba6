namespace Passerelles.Web.Features.Missions;

/// <summary>Which way the delegation crosses the ocean.</summary>
public enum MissionDirection { QuebecToFrance, FranceToQuebec }

public enum MissionStatus { Planning, Confirmed, Completed, Cancelled }

/// <summary>The four priority themes of Franco-Québec cooperation (DOMAIN.md §1), as flags: an objective may serve
/// several.</summary>
[Flags]
public enum MissionThemes { None = 0, Innovation = 1, Youth = 2, Digital = 4, GenderEquality = 8 }

/// <summary>A delegation mission: a trip of people from one side to the other, with objectives tied to the
/// partnership's, a delegation of invited members and a day-by-day itinerary in the local time of each place.</summary>
public class Mission : AuditedEntity
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 8000;
    public const int FundingMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public string Title { get; set; } = "";
    public MissionDirection Direction { get; set; }
    public MissionStatus Status { get; set; }

    /// <summary>The first and last days of the mission, as dates on the host side.</summary>
    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }

    public Guid LeadOrganisationId { get; set; }
    public Organisation LeadOrganisation { get; set; } = null!;

    /// <summary>The funder in the directory, when there is one.</summary>
    public Guid? FunderOrganisationId { get; set; }
    public Organisation? FunderOrganisation { get; set; }

    /// <summary>The funding programme, in words (e.g. "Parcours numérique Québec-France").</summary>
    public string FundingProgramme { get; set; } = "";

    /// <summary>In Markdown; rendered through the sanitiser.</summary>
    public string Summary { get; set; } = "";

    public List<MissionObjective> Objectives { get; set; } = [];
    public List<MissionMember> Members { get; set; } = [];
    public List<ItineraryItem> Items { get; set; } = [];

    /// <summary>The side the delegation comes from; the other side hosts it.</summary>
    public Side HomeSide => Direction == MissionDirection.QuebecToFrance ? Side.Quebec : Side.France;
    public Side HostSide => Direction == MissionDirection.QuebecToFrance ? Side.France : Side.Quebec;

    public bool Covers(LocalDate day) => day >= StartsOn && day <= EndsOn;

    /// <summary>The key of the message shown when removing or demoting a member would leave the mission without a lead
    /// who accepted.</summary>
    public const string LastLeadRule = "A mission keeps at least one lead who accepted: name another lead first.";

    /// <summary>The key of the message explaining why these cannot be a mission's dates, or null.</summary>
    public static string? DatesProblem(LocalDate startsOn, LocalDate endsOn) =>
        endsOn >= startsOn ? null : "The mission cannot end before it starts.";

    /// <summary>The key of the message explaining why these cannot be a member's travel dates, or null.</summary>
    public string? TravelDatesProblem(LocalDate? from, LocalDate? until) =>
        (from is { } f && !Covers(f)) || (until is { } u && !Covers(u)) ? "Travel dates fall within the mission's dates."
        : from is { } start && until is { } end && end < start ? "The return cannot come before the departure."
        : null;

    /// <summary>Whether <paramref name="memberId"/> could stop being an accepted lead and leave another one.</summary>
    public bool KeepsALeadWithout(Guid memberId) =>
        Members.Any(m => m.Id != memberId && m.Role == MissionRole.Lead && m.Status == MissionInvitationStatus.Accepted);

    /// <summary>Invites a person to travel for one of their organisations; the planner joins accepted.</summary>
    public MissionMember Invite(Guid userId, Guid organisationId, MissionRole role, Instant at, bool accepted = false)
    {
        var member = new MissionMember
        {
            MissionId = Id, UserId = userId, OrganisationId = organisationId, Role = role, InvitedAt = at,
            Status = accepted ? MissionInvitationStatus.Accepted : MissionInvitationStatus.Invited, RespondedAt = accepted ? at : null,
        };
        Members.Add(member);
        return member;
    }
}

/// <summary>What the mission sets out to do, tied to one of the partnership's seven objectives (DOMAIN.md §1, the
/// agreement's articles) and to one or more priority themes.</summary>
public class MissionObjective
{
    public const int TextMaxLength = 1000;
    public const int PartnershipObjectives = 7;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MissionId { get; set; }
    public int Position { get; set; }
    public string Text { get; set; } = "";

    /// <summary>1 to 7: the objective of the partnership this one serves.</summary>
    public int PartnershipObjective { get; set; }
    public MissionThemes Themes { get; set; }
}

public enum MissionRole { Lead, Member, Speaker, Guest }

public enum MissionInvitationStatus { Invited, Accepted, Declined }

/// <summary>A person of the delegation. Taking part is by invitation: the member accepts or declines it.</summary>
public class MissionMember
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid MissionId { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;

    /// <summary>The organisation the member travels for; its side is the member's side.</summary>
    public Guid OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    public MissionRole Role { get; set; }
    public MissionInvitationStatus Status { get; set; }
    public Instant InvitedAt { get; set; }
    public Instant? RespondedAt { get; set; }

    /// <summary>The member's own travel dates, when they differ from the mission's.</summary>
    public LocalDate? TravelsFrom { get; set; }
    public LocalDate? TravelsUntil { get; set; }

    /// <summary>The invitee's answer; only an invitation still awaiting one can be answered.</summary>
    public bool Answer(bool accept, Instant at)
    {
        if (Status != MissionInvitationStatus.Invited) return false;
        Status = accept ? MissionInvitationStatus.Accepted : MissionInvitationStatus.Declined;
        RespondedAt = at;
        return true;
    }
}

public sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(Mission.TitleMaxLength);
        builder.Property(m => m.Summary).HasMaxLength(Mission.SummaryMaxLength);
        builder.Property(m => m.FundingProgramme).HasMaxLength(Mission.FundingMaxLength);
        builder.HasOne(m => m.LeadOrganisation).WithMany().HasForeignKey(m => m.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.FunderOrganisation).WithMany().HasForeignKey(m => m.FunderOrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Objectives).WithOne().HasForeignKey(o => o.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Members).WithOne().HasForeignKey(o => o.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(o => o.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.StartsOn);
    }
}

public sealed class MissionObjectiveConfiguration : IEntityTypeConfiguration<MissionObjective>
{
    public void Configure(EntityTypeBuilder<MissionObjective> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(MissionObjective.TextMaxLength);
        builder.HasIndex(o => new { o.MissionId, o.Position });
    }
}

public sealed class MissionMemberConfiguration : IEntityTypeConfiguration<MissionMember>
{
    public void Configure(EntityTypeBuilder<MissionMember> builder)
    {
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organisation).WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MissionId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
    }
}
