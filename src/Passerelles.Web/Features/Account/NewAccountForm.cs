namespace Passerelles.Web.Features.Account;

/// <summary>What a person invited by e-mail gives to create their account: the address is the invited one.
/// Its fields are drawn by <c>_NewAccountFields.cshtml</c>.</summary>
public class NewAccountForm
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

    /// <summary>Creates the account of the address an invitation was sent to (confirmed by the link it holds), in
    /// <paramref name="culture"/>; null with the reasons next to the password when the password is refused.</summary>
    public async Task<AppUser?> CreateAccountAsync(UserManager<AppUser> users, string email, string culture, ModelStateDictionary modelState)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = DisplayName.Trim(), PreferredCulture = culture };
        var created = await users.CreateAsync(user, Password);
        if (created.Succeeded) return user;
        modelState.AddIdentityErrors(created, "Input.Password");
        return null;
    }
}
