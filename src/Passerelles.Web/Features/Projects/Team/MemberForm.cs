namespace Passerelles.Web.Features.Projects.Team;

/// <summary>A team member as the incubator's staff record them. Gender is not here: only the member declares it.</summary>
public sealed class MemberForm
{
    [Required]
    [StringLength(ProjectMember.NameMaxLength)]
    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [Required]
    [StringLength(256)]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(ProjectMember.RoleMaxLength)]
    [Display(Name = "Role in the team")]
    public string? Role { get; set; }

    public int Version { get; set; }

    public static MemberForm From(ProjectMember member) =>
        new() { DisplayName = member.DisplayName, Email = member.Email, Role = member.Role, Version = member.Version };

    public void ApplyTo(ProjectMember member)
    {
        member.DisplayName = DisplayName!.Trim();
        member.Email = Email!.Trim();
        member.Role = Role?.Trim() ?? "";
    }
}
