namespace Passerelles.Web.Features.Account;

/// <summary>What a person invited by e-mail gives to create their account: the address is the invited one.
/// Its fields are drawn by <c>_NewAccountFields.cshtml</c>.</summary>
public sealed class NewAccountForm
{
    [Required]
    [StringLength(120)]
    [Display(Name = "Your name")]
    public string DisplayName { get; set; } = "";

    [Required]
    [StringLength(200)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required]
    [StringLength(200)]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [Display(Name = "Password, again")]
    public string ConfirmPassword { get; set; } = "";
}
