using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Mobility;

public enum ContractParty { Student, HousingAssociation }

/// <summary>The occupancy contract of an accepted offer of housing: its dates, fee and deposit, as a fixed text in
/// French (the language of both sides' housing law) whose SHA-256 both parties sign, as for agreements
/// (<see cref="CanonicalText"/>). Once the student and the housing association have both signed, the unit is occupied.</summary>
public class OccupancyContract
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid HousingRequestId { get; set; }
    public HousingRequest HousingRequest { get; set; } = null!;

    public LocalDate StartsOn { get; set; }
    public LocalDate EndsOn { get; set; }
    public string Currency { get; set; } = "EUR";
    public decimal MonthlyFee { get; set; }
    public decimal Deposit { get; set; }

    /// <summary>The canonical text the signatures cover.</summary>
    public string Text { get; set; } = "";
    public string TextSha256 { get; set; } = "";
    public Instant CreatedAt { get; set; }

    public List<OccupancySignature> Signatures { get; set; } = [];

    /// <summary>The contract of an offer the coordinators accepted, on the residence's fee and deposit of the day.</summary>
    public static OccupancyContract For(HousingRequest request, Residence residence, string organisation, string student, Instant now)
    {
        var text = CanonicalText.Of($"Contrat d'occupation — {residence.Name}",
        [
            ("Parties", $"Gestionnaire : {organisation}.\nRésident·e : {student}."),
            ("Logement", $"{request.UnitType} dans la résidence {residence.Name}, {residence.Address}, {residence.City}."),
            ("Durée", $"Du {request.From:yyyy-MM-dd} au {request.Until:yyyy-MM-dd}."),
            ("Redevance et dépôt de garantie", $"Redevance mensuelle : {residence.MonthlyFee:0.00} {residence.Currency}.\nDépôt de garantie : {residence.Deposit:0.00} {residence.Currency}."),
        ], []);
        return new OccupancyContract
        {
            HousingRequestId = request.Id, StartsOn = request.From, EndsOn = request.Until, Currency = residence.Currency,
            MonthlyFee = residence.MonthlyFee, Deposit = residence.Deposit, Text = text, TextSha256 = CanonicalText.Sha256(text), CreatedAt = now,
        };
    }

    public bool IsSignedBy(ContractParty party) => Signatures.Any(s => s.Party == party);

    public bool IsSignedByBoth => IsSignedBy(ContractParty.Student) && IsSignedBy(ContractParty.HousingAssociation);
}

/// <summary>One party's signature of an occupancy contract: the same record as an agreement's signature (who, when in
/// UTC and in the signer's zone, how they proved it was them, the hash of the text they signed).</summary>
public class OccupancySignature : IAppendOnly
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ContractId { get; set; }
    public ContractParty Party { get; set; }
    public Guid UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public Instant SignedAt { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string AuthenticationMethod { get; set; } = "";
    public string TextSha256 { get; set; } = "";
}

public sealed class OccupancyContractConfiguration : IEntityTypeConfiguration<OccupancyContract>, IEntityTypeConfiguration<OccupancySignature>
{
    public void Configure(EntityTypeBuilder<OccupancyContract> builder)
    {
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.MonthlyFee).HasPrecision(12, 2);
        builder.Property(c => c.Deposit).HasPrecision(12, 2);
        builder.Property(c => c.Text).HasMaxLength(OccupancyContract.TextMaxLength);
        builder.Property(c => c.TextSha256).HasMaxLength(64);
        builder.HasOne(c => c.HousingRequest).WithOne().HasForeignKey<OccupancyContract>(c => c.HousingRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.HousingRequestId).IsUnique();
        builder.HasMany(c => c.Signatures).WithOne().HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OccupancySignature> builder)
    {
        builder.Property(s => s.Party).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.AuthenticationMethod).HasMaxLength(40);
        builder.Property(s => s.TextSha256).HasMaxLength(64);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Restrict);
        // Each party signs once.
        builder.HasIndex(s => new { s.ContractId, s.Party }).IsUnique();
    }
}
