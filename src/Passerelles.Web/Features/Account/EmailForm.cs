namespace Passerelles.Web.Features.Account;

/// <summary>An e-mail address typed to sign in or to receive a link; the forms asking more derive from it.</summary>
public class EmailForm
{
    [Required]
    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";
}
