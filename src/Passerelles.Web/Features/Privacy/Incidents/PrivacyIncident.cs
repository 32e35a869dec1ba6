namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>A confidentiality incident in the register of its controller organisation (DOMAIN.md §8): what data, the
/// circumstances, when it happened and when the organisation learnt of it, the people affected, the analysis of the
/// risk of serious injury, the measures taken and the notices sent to the authority (the CAI in Québec, the CNIL in
/// France) and to the people concerned. The register is kept for at least five years: no page deletes an incident.</summary>
public class PrivacyIncident : AuditedEntity
{
    public const int SummaryMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int PeopleMaxLength = 8000;
    public const int RetentionYears = 5;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ControllerId { get; set; }
    public Organisation Controller { get; set; } = null!;
    public string Summary { get; set; } = "";
    public string DataConcerned { get; set; } = "";
    public string Circumstances { get; set; } = "";
    public Instant OccurredAt { get; set; }
    public Instant AwareAt { get; set; }
    public int PeopleAffectedCount { get; set; }

    /// <summary>The people affected, one a line: personal data, shown only on the incident's page.</summary>
    public string PeopleAffected { get; set; } = "";

    public bool? RiskOfSeriousInjury { get; set; }
    public string RiskAnalysis { get; set; } = "";
    public string Measures { get; set; } = "";
    public Instant? AuthorityNotifiedAt { get; set; }
    public Instant? PeopleNotifiedAt { get; set; }

    /// <summary>Why the authority is not notified, when the analysis finds no risk.</summary>
    public string NotNotifiedReason { get; set; } = "";

    /// <summary>The register keeps an incident at least until five years after the organisation learnt of it.</summary>
    public static LocalDate KeptUntil(Instant awareAt, DateTimeZone zone) => awareAt.InZone(zone).Date.PlusYears(RetentionYears);
}

public sealed class PrivacyIncidentConfiguration : IEntityTypeConfiguration<PrivacyIncident>
{
    public void Configure(EntityTypeBuilder<PrivacyIncident> builder)
    {
        builder.Property(i => i.Summary).HasMaxLength(PrivacyIncident.SummaryMaxLength);
        builder.Property(i => i.DataConcerned).HasMaxLength(PrivacyIncident.TextMaxLength);
        builder.Property(i => i.Circumstances).HasMaxLength(PrivacyIncident.TextMaxLength);
        builder.Property(i => i.PeopleAffected).HasMaxLength(PrivacyIncident.PeopleMaxLength);
        builder.Property(i => i.RiskAnalysis).HasMaxLength(PrivacyIncident.TextMaxLength);
        builder.Property(i => i.Measures).HasMaxLength(PrivacyIncident.TextMaxLength);
        builder.Property(i => i.NotNotifiedReason).HasMaxLength(PrivacyIncident.TextMaxLength);
        builder.HasOne(i => i.Controller).WithMany().HasForeignKey(i => i.ControllerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ControllerId, i.AwareAt });
    }
}
