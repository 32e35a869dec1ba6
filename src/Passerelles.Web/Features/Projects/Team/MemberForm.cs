namespace Passerelles.Web.Features.Projects.Team;

/// <summary>A team member as the incubator's staff record them. Gender is not here: only the member declares it.</summary>
public sealed class MemberForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(ProjectMember.NameMaxLength, ErrorMessage = "This field is too long.")]
    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(256, ErrorMessage = "This field is too long.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [StringLength(ProjectMember.RoleMaxLength, ErrorMessage = "This field is too long.")]
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
