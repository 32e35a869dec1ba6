namespace Passerelles.Web.Features.Projects.Applications;

/// <summary>What a project sends to apply to an incubator: the project, its team (the applicant first) and the
/// language in which the applicants are told of the decision.</summary>
public sealed class ApplicationForm : ThemesForm, IValidatableObject
{
    public const int TeamRows = 4;

    /// <summary>The version of the privacy notice shown with the form (<c>_PrivacyNotice.cshtml</c>), stored with each
    /// consent: raise it whenever the notice changes in substance.</summary>
    public const int PrivacyNoticeVersion = 1;

    [Required]
    [Display(Name = "Incubator")]
    public Guid? IncubatorId { get; set; }

    [Required]
    [StringLength(Project.NameMaxLength)]
    [Display(Name = "Project name")]
    public string? Name { get; set; }

    [Required]
    [StringLength(Project.TextMaxLength)]
    [Display(Name = "Need addressed")]
    public string? NeedAddressed { get; set; }

    [Required]
    [StringLength(Project.TextMaxLength)]
    [Display(Name = "Beneficiaries")]
    public string? Beneficiaries { get; set; }

    [Required]
    [StringLength(Project.ShortTextMaxLength)]
    [Display(Name = "Territory")]
    public string? Territory { get; set; }

    [StringLength(120)]
    [Display(Name = "Legal form envisaged")]
    public string? LegalFormEnvisaged { get; set; }

    /// <summary>The applicant first, then up to three more members; empty rows are left out.</summary>
    public List<TeamMemberInput> Team { get; set; } = [];

    [Required]
    [Display(Name = "Language of our replies")]
    public string? Culture { get; set; }

    [Display(Name = "I have read the privacy notice. I consent to this use of my personal information, and the people I name in the team have agreed to it too.")]
    public bool ConsentsToPrivacyNotice { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        foreach (var error in ValidateThemes(t)) yield return error;
        if (Culture is not null && !Cultures.Supported.Contains(Culture))
            yield return new ValidationResult(t["This value is not valid."], [nameof(Culture)]);
        if (Team.Count == 0 || Team[0].IsEmpty)
            yield return new ValidationResult(t["Tell us who you are: your name and e-mail."], ["Team[0].DisplayName"]);
        if (!ConsentsToPrivacyNotice)
            yield return new ValidationResult(t["The incubator can study the application only with this consent."], [nameof(ConsentsToPrivacyNotice)]);
    }

    /// <summary>The team as typed: the rows with something in them.</summary>
    public IReadOnlyList<TeamMemberInput> FilledTeam() => Team.Take(TeamRows).Where(m => !m.IsEmpty).ToList();

    public string ApplicantEmail => Team.Count > 0 ? Team[0].Email?.Trim() ?? "" : "";

    /// <summary>The new application, with its team and themes; the applicant's row is linked to their account when
    /// they applied signed in with the same e-mail.</summary>
    public Project ToProject(Guid? userId, string? userEmail, Instant now)
    {
        var project = Project.ApplyTo(IncubatorId!.Value, Name!.Trim());
        project.RecordPrivacyConsent(PrivacyNoticeVersion, now);
        project.NeedAddressed = NeedAddressed!.Trim();
        project.Beneficiaries = Beneficiaries!.Trim();
        project.Territory = Territory!.Trim();
        project.LegalFormEnvisaged = LegalFormEnvisaged?.Trim() ?? "";
        project.ApplicantEmail = ApplicantEmail;
        project.ApplicantCulture = Culture!;
        foreach (var name in ThemeNames()) project.Themes.Add(new ProjectTheme { ProjectId = project.Id, Name = name });
        foreach (var (member, index) in FilledTeam().Select((m, i) => (m, i)))
        {
            var email = member.Email!.Trim();
            project.Members.Add(new ProjectMember
            {
                ProjectId = project.Id,
                DisplayName = member.DisplayName!.Trim(),
                Email = email,
                Role = member.Role?.Trim() ?? "",
                UserId = index == 0 && userEmail is not null && string.Equals(userEmail, email, StringComparison.OrdinalIgnoreCase) ? userId : null,
            });
        }
        return project;
    }
}

/// <summary>One member of a team as typed: a name, an e-mail and a role in their own words. A row left empty is
/// ignored; a row begun needs its name and e-mail.</summary>
public sealed class TeamMemberInput : IValidatableObject
{
    [StringLength(ProjectMember.NameMaxLength)]
    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [StringLength(256)]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(ProjectMember.RoleMaxLength)]
    [Display(Name = "Role in the team")]
    public string? Role { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(DisplayName) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Role);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsEmpty) yield break;
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (string.IsNullOrWhiteSpace(DisplayName)) yield return new ValidationResult(t["This field is required."], [nameof(DisplayName)]);
        if (string.IsNullOrWhiteSpace(Email)) yield return new ValidationResult(t["This field is required."], [nameof(Email)]);
    }
}
