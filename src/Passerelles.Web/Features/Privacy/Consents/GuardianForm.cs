namespace Passerelles.Web.Features.Privacy.Consents;

/// <summary>The parent or guardian who gives consent for a person below the age of consent of their controller's side,
/// asked on the person's own consents page and on the page where staff record a consent received by them.</summary>
public sealed class GuardianForm
{
    [StringLength(120)]
    [Display(Name = "Name of the parent or guardian")]
    public string? Name { get; set; }

    [StringLength(60)]
    [Display(Name = "Relationship to you")]
    public string? Relationship { get; set; }

    [StringLength(256)]
    [Display(Name = "How to reach them (e-mail or phone)")]
    public string? Contact { get; set; }

    public bool Confirmed { get; set; }

    /// <summary>The guardian to record with the consent: none for an adult; for a minor, the guardian when every field
    /// is filled and confirmed, otherwise null with the refusal added next to the guardian's name.</summary>
    public Guardian? CheckFor(Person person, Instant now, ModelStateDictionary modelState, IStringLocalizer t, string prefix, bool byStaff)
    {
        var side = person.ControllerOrganisation.Side;
        if (!ConsentPurposes.IsMinor(person.BirthDate, side, now)) return null;
        if (Confirmed && !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Relationship) && !string.IsNullOrWhiteSpace(Contact))
            return new Guardian(Name.Trim(), Relationship.Trim(), Contact.Trim());
        modelState.AddModelError($"{prefix}.{nameof(Name)}",
            t[byStaff ? ConsentPurposes.MinorRefusedToStaff : ConsentPurposes.MinorRefused, ConsentPurposes.AgeOfConsent(side), t[ConsentPurposes.Place(side)]]);
        return null;
    }
}

/// <summary>What the guardian fields partial shows: the form, the suffix that keeps its ids unique on a page with
/// several forms, and whether the person fills it themselves (labels say "you") or staff record it.</summary>
public sealed record GuardianFields(GuardianForm Form, string IdSuffix, bool ByStaff, string Prefix = "Guardian");
