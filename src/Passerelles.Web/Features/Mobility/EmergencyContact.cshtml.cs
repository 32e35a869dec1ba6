namespace Passerelles.Web.Features.Mobility;

/// <summary>The person to call if something happens to the student during the stay.</summary>
public sealed class EmergencyContactModel(AppDbContext db, CurrentActor actors, SensitiveDocuments documents, ViewerTime time, IStringLocalizer<Text> t)
    : SensitiveFormPage<EmergencyContactModel.ContactForm>(db, actors, documents, time, t)
{
    public sealed class ContactForm
    {
        [Required]
        [StringLength(200)]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [Required]
        [StringLength(100)]
        [Display(Name = "Relation to the student")]
        public string? Relation { get; set; }

        [Required]
        [Phone(ErrorMessage = "This phone number is not valid.")]
        [StringLength(40)]
        [Display(Name = "Phone")]
        public string? Phone { get; set; }

        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(254)]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }
    }

    protected override DocumentKind Kind => DocumentKind.EmergencyContact;

    protected override string Protect(SensitiveDocuments protector, ContactForm form) =>
        protector.Protect(new SensitiveDocuments.EmergencyContact(form.Name!.Trim(), form.Relation!.Trim(), form.Phone!.Trim(), form.Email?.Trim() ?? ""));

    protected override ContactForm Unprotect(SensitiveDocuments protector, string stored)
    {
        var contact = protector.Unprotect<SensitiveDocuments.EmergencyContact>(stored);
        return new ContactForm { Name = contact.Name, Relation = contact.Relation, Phone = contact.Phone, Email = contact.Email };
    }
}
