namespace Passerelles.Web.Features.Mobility;

public enum StudentInvitationStatus { Pending, Accepted, Expired, Revoked }

/// <summary>A sending organisation's coordinator invites a student, by e-mail, to apply to an offer (or to any offer of a
/// call) with the organisation as their sender. The link is single-use and expires; only a hash of its token is stored,
/// as for the invitations to join an organisation (<see cref="Invitation"/>). Resending makes a new link and ends the
/// old one.</summary>
public class StudentInvitation : AuditedEntity
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 256;

    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid SendingOrganisationId { get; set; }
    public Organisation SendingOrganisation { get; set; } = null!;

    public Guid CallId { get; set; }
    public MobilityCall Call { get; set; } = null!;

    /// <summary>The offer the student is invited to apply to; null for any offer of the call.</summary>
    public Guid? OfferId { get; set; }
    public InternshipOffer? Offer { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Trimmed and in lower case, as the organisations' invitations keep it.</summary>
    public string Email { get; set; } = "";

    /// <summary>The language of the e-mail and of the account it creates: one of the supported cultures.</summary>
    public string Culture { get; set; } = "";

    public Guid InvitedById { get; set; }
    public AppUser InvitedBy { get; set; } = null!;

    public string TokenHash { get; set; } = "";
    public Instant SentAt { get; set; }
    public Instant ExpiresAt { get; set; }
    public Instant? AcceptedAt { get; set; }
    public Guid? AcceptedById { get; set; }
    public Instant? RevokedAt { get; set; }

    public StudentInvitationStatus StatusAt(Instant now) =>
        AcceptedAt is not null ? StudentInvitationStatus.Accepted
        : RevokedAt is not null ? StudentInvitationStatus.Revoked
        : now >= ExpiresAt ? StudentInvitationStatus.Expired
        : StudentInvitationStatus.Pending;

    /// <summary>A new link, valid for <see cref="Invitation.Lifetime"/> from <paramref name="now"/>: the token to send.</summary>
    public string Send(Instant now)
    {
        var token = Invitation.NewToken();
        (TokenHash, SentAt, ExpiresAt) = (Invitation.Hash(token), now, now + Invitation.Lifetime);
        return token;
    }

    /// <summary>Resending and revoking are for invitations not yet used nor revoked.</summary>
    public bool IsOpen => AcceptedAt is null && RevokedAt is null;

    public void Accept(Guid userId, Instant now)
    {
        if (StatusAt(now) != StudentInvitationStatus.Pending) throw new InvalidOperationException("This invitation is no longer usable.");
        (AcceptedAt, AcceptedById) = (now, userId);
    }

    /// <summary>Where the student lands once the invitation is accepted: the offer's application form with the sending
    /// organisation chosen, or the offers open to applications.</summary>
    public string Landing => OfferId is { } offer ? $"/mobility/offers/{offer}/apply?sending={SendingOrganisationId}" : "/mobility";
}

public sealed class StudentInvitationConfiguration : IEntityTypeConfiguration<StudentInvitation>
{
    public void Configure(EntityTypeBuilder<StudentInvitation> builder)
    {
        builder.Property(i => i.Name).HasMaxLength(StudentInvitation.NameMaxLength);
        builder.Property(i => i.Email).HasMaxLength(StudentInvitation.EmailMaxLength);
        builder.Property(i => i.Culture).HasMaxLength(10);
        builder.Property(i => i.TokenHash).HasMaxLength(64);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => new { i.SendingOrganisationId, i.SentAt });
        builder.HasIndex(i => new { i.OfferId, i.Email });
        builder.HasOne(i => i.SendingOrganisation).WithMany().HasForeignKey(i => i.SendingOrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Call).WithMany().HasForeignKey(i => i.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Offer).WithMany().HasForeignKey(i => i.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.InvitedBy).WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.Cascade);
    }
}
