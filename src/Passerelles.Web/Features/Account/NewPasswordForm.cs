namespace Passerelles.Web.Features.Account;

/// <summary>A new password typed twice, as changing and resetting a password ask for it.</summary>
public class NewPasswordForm
{
        [Required]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string NewPassword { get; set; } = "";

        [Required]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "The two passwords are not the same.")]
        [Display(Name = "New password, again")]
        public string ConfirmPassword { get; set; } = "";
}
