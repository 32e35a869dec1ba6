namespace Passerelles.Web.Features.Privacy.Requests;

public enum PrivacyRequestKind { Access, Rectification, Erasure, Portability, Objection }

public enum PrivacyRequestStatus { Open, Answered, Refused }

/// <summary>How a request reached the organisation responsible.</summary>
public enum PrivacyRequestChannel { Account, Mail }

/// <summary>A request of a person about their own data to the organisation responsible for their directory entry
/// (DOMAIN.md §8): access, rectification, erasure, portability or objection. Its due date follows the controller's law
/// (<see cref="RequestDeadline"/>); the identity check is recorded before it is answered; closing it (answered or
/// refused with a reason) goes through the entity's version, so two officers closing it at once cannot both win.
/// An access or portability answer comes with a package of the person's data, downloadable once through a link whose
/// token is kept only as a hash.</summary>
public class PrivacyRequest : AuditedEntity
{
    public const int TextMaxLength = 4000;
    public const int MethodMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public Guid ControllerId { get; set; }
    public Organisation Controller { get; set; } = null!;
    public PrivacyRequestKind Kind { get; set; }
    public PrivacyRequestChannel Channel { get; set; }

    /// <summary>What the person asks, in their words (which data to rectify, to what they object).</summary>
    public string Details { get; set; } = "";

    public Instant ReceivedAt { get; set; }

    /// <summary>The last day to answer, in the controller's zone; recomputed when the time is extended.</summary>
    public LocalDate DueOn { get; set; }

    public string ExtensionReason { get; set; } = "";

    /// <summary>How the identity was checked ("signed in to their account", "copy of an identity document").</summary>
    public string IdentityCheckMethod { get; set; } = "";
    public Guid? IdentityCheckedBy { get; set; }
    public Instant? IdentityCheckedAt { get; set; }

    public PrivacyRequestStatus Status { get; set; }
    public Instant? ClosedAt { get; set; }
    public Guid? ClosedBy { get; set; }

    /// <summary>The answer given, or the reason for refusing.</summary>
    public string Answer { get; set; } = "";

    /// <summary>The SHA-256 of the package link's token, in hex; the token itself is only in the e-mail to the person.</summary>
    public string PackageTokenHash { get; set; } = "";
    public Instant? PackageExpiresAt { get; set; }
    public Instant? PackageDownloadedAt { get; set; }

    /// <summary>When the erasure ran, for an erasure request.</summary>
    public Instant? ErasedAt { get; set; }

    public bool IsOpen => Status == PrivacyRequestStatus.Open;
    public bool IdentityChecked => IdentityCheckedAt is not null;
    public bool Extended => ExtensionReason != "";
    public bool ProducesPackage => Kind is PrivacyRequestKind.Access or PrivacyRequestKind.Portability;

    /// <summary>A request received at <paramref name="receivedAt"/> by a controller on <paramref name="side"/>; filed from
    /// the person's own account, it counts as identity checked by the sign-in.</summary>
    public static PrivacyRequest Receive(Guid personId, Guid controllerId, Side side, PrivacyRequestKind kind, string details,
        PrivacyRequestChannel channel, Instant receivedAt, Guid? signedInUser) => new()
    {
        PersonId = personId, ControllerId = controllerId, Kind = kind, Details = details, Channel = channel, ReceivedAt = receivedAt,
        DueOn = RequestDeadline.Due(side, RequestDeadline.ReceivedOn(side, receivedAt), extended: false),
        IdentityCheckMethod = signedInUser is null ? "" : SignedInMethod,
        IdentityCheckedBy = signedInUser, IdentityCheckedAt = signedInUser is null ? null : receivedAt,
    };

    /// <summary>The identity check recorded for a request filed from the person's own account.</summary>
    public const string SignedInMethod = "Signed in to their own account";

    public void CheckIdentity(string method, Guid by, Instant at) => (IdentityCheckMethod, IdentityCheckedBy, IdentityCheckedAt) = (method, by, at);

    public void Extend(Side side, string reason)
    {
        ExtensionReason = reason;
        DueOn = RequestDeadline.Due(side, RequestDeadline.ReceivedOn(side, ReceivedAt), extended: true);
    }

    public void Close(PrivacyRequestStatus status, string answer, Guid by, Instant at) => (Status, Answer, ClosedBy, ClosedAt) = (status, answer, by, at);
}

public sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.Property(r => r.Details).HasMaxLength(PrivacyRequest.TextMaxLength);
        builder.Property(r => r.ExtensionReason).HasMaxLength(PrivacyRequest.TextMaxLength);
        builder.Property(r => r.IdentityCheckMethod).HasMaxLength(PrivacyRequest.MethodMaxLength);
        builder.Property(r => r.Answer).HasMaxLength(PrivacyRequest.TextMaxLength);
        builder.Property(r => r.PackageTokenHash).HasMaxLength(64);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Controller).WithMany().HasForeignKey(r => r.ControllerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ControllerId, r.Status, r.DueOn });
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.PackageTokenHash);
    }
}

/// <summary>A claimed reminder of a request's due date, one per request, step and officer, so that it goes out once
/// even with several app instances on one database.</summary>
public class SentRequestReminder
{
    public Guid RequestId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>Days left when it was sent: 7, 1, or -1 for overdue.</summary>
    public int Step { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class SentRequestReminderConfiguration : IEntityTypeConfiguration<SentRequestReminder>
{
    public void Configure(EntityTypeBuilder<SentRequestReminder> builder)
    {
        builder.HasKey(r => new { r.RequestId, r.UserId, r.Step });
        builder.HasOne<PrivacyRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
