namespace Passerelles.Web.Features.Account;

/// <summary>What a person invited by e-mail gives to create their account: the address is the invited one.
/// Its fields are drawn by <c>_NewAccountFields.cshtml</c>.</summary>
public sealed class NewAccountForm
{
    [Required(ErrorMessage = "This field is required.")]
    [StringLength(120, ErrorMessage = "This field is too long.")]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This field is too long.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(200, ErrorMessage = "This field is too long.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [Display(Name = "Password, again")]
    public string ConfirmPassword { get; set; } = "";
}
