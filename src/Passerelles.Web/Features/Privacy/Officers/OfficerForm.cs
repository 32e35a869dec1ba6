namespace Passerelles.Web.Features.Privacy.Officers;

/// <summary>The officer chosen among the organisation's members with an account, and the contact published for them.</summary>
public sealed class OfficerForm
{
    [Required, Display(Name = "Officer")]
    public Guid? UserId { get; set; }

    [Required, StringLength(PrivacyOfficer.ContactMaxLength), Display(Name = "Published name")]
    public string? ContactName { get; set; }

    [Required, EmailAddress(ErrorMessage = "This e-mail address is not valid."), StringLength(256), Display(Name = "Published e-mail address")]
    public string? ContactEmail { get; set; }

    [StringLength(PrivacyOfficer.ContactMaxLength), Display(Name = "Postal address (optional)")]
    public string? ContactAddress { get; set; }

    public int Version { get; set; }

    public void ApplyTo(PrivacyOfficer officer)
    {
        officer.UserId = UserId!.Value;
        officer.ContactName = ContactName!.Trim();
        officer.ContactEmail = ContactEmail!.Trim();
        officer.ContactAddress = ContactAddress?.Trim() ?? "";
    }

    public static OfficerForm From(PrivacyOfficer officer) => new()
    {
        UserId = officer.UserId, ContactName = officer.ContactName, ContactEmail = officer.ContactEmail,
        ContactAddress = officer.ContactAddress, Version = officer.Version,
    };
}
