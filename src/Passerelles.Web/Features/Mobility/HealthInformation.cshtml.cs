namespace Passerelles.Web.Features.Mobility;

/// <summary>The student's health information for the stay: allergies, treatments, and what else the coordinators should
/// know in an emergency.</summary>
public sealed class HealthInformationModel(AppDbContext db, CurrentActor actors, SensitiveDocuments documents, ViewerTime time, IStringLocalizer<Text> t)
    : SensitiveFormPage<HealthInformationModel.HealthForm>(db, actors, documents, time, t)
{
    public const int MaxLength = 2000;

    public sealed class HealthForm
    {
        [StringLength(MaxLength)]
        [Display(Name = "Allergies")]
        public string? Allergies { get; set; }

        [StringLength(MaxLength)]
        [Display(Name = "Treatments")]
        public string? Treatments { get; set; }

        [StringLength(MaxLength)]
        [Display(Name = "Other information")]
        public string? Notes { get; set; }
    }

    protected override DocumentKind Kind => DocumentKind.HealthInformation;

    protected override string Protect(SensitiveDocuments protector, HealthForm form) =>
        protector.Protect(new SensitiveDocuments.HealthInformation(form.Allergies?.Trim() ?? "", form.Treatments?.Trim() ?? "", form.Notes?.Trim() ?? ""));

    protected override HealthForm Unprotect(SensitiveDocuments protector, string stored)
    {
        var health = protector.Unprotect<SensitiveDocuments.HealthInformation>(stored);
        return new HealthForm { Allergies = health.Allergies, Treatments = health.Treatments, Notes = health.Notes };
    }
}
