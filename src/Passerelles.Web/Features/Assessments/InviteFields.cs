namespace Passerelles.Web.Features.Assessments;

/// <summary>What inviting someone to assess asks, a project or a territory: the address, the grid and a message.</summary>
public abstract class InviteFields
{
    [Required(ErrorMessage = "Give the e-mail address of the person to invite.")]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(256, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose a grid.")]
    [Display(Name = "Grid")]
    public Guid? GridVersionId { get; set; }

    [StringLength(AssessmentInvitation.MessageMaxLength, ErrorMessage = "At most {1} characters.")]
    [Display(Name = "Message (optional)")]
    public string? Message { get; set; }
}
