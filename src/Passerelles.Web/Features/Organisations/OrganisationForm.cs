namespace Passerelles.Web.Features.Organisations;

/// <summary>What the create and edit pages bind: an organisation's facts as typed, checked before they reach the
/// entity.</summary>
public sealed class OrganisationForm : IValidatableObject
{
    [Required]
    [StringLength(Organisation.NameMaxLength)]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Kind")]
    public OrganisationKind Kind { get; set; } = OrganisationKind.Incubator;

    [Display(Name = "Side")]
    public Side Side { get; set; } = Side.Quebec;

    [StringLength(2, ErrorMessage = "Enter a two-letter country code, such as CA or FR.")]
    [Display(Name = "Country code")]
    public string? CountryCode { get; set; }

    [StringLength(120)]
    [Display(Name = "Region")]
    public string? Region { get; set; }

    [StringLength(120)]
    [Display(Name = "Legal form")]
    public string? LegalForm { get; set; }

    [Required]
    [Display(Name = "Default language")]
    public string DefaultCulture { get; set; } = Cultures.QuebecFrench;

    [Required]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = TimeZones.Quebec;

    [Display(Name = "Carrier organisation")]
    public Guid? ParentId { get; set; }

    /// <summary>The directory profile: description, address, position and themes.</summary>
    public OrganisationProfileForm Profile { get; set; } = new();

    [Display(Name = "Public in the directory")]
    public bool IsPublic { get; set; }

    public int Version { get; set; }

    /// <summary>The country code as stored: upper case, or the side's own country when left empty.</summary>
    public string Country => string.IsNullOrWhiteSpace(CountryCode)
        ? (Side == Side.Quebec ? "CA" : "FR")
        : CountryCode.Trim().ToUpperInvariant();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (!IsCountry(Country))
            yield return new ValidationResult(t["This is not a known country code (ISO 3166), such as CA or FR."], [nameof(CountryCode)]);
        if (!Cultures.IsSupported(DefaultCulture))
            yield return new ValidationResult(t["This value is not valid."], [nameof(DefaultCulture)]);
        if (!TimeZones.IsKnown(TimeZoneId))
            yield return new ValidationResult(t["This is not a known time zone."], [nameof(TimeZoneId)]);
    }

    /// <summary>Whether <paramref name="code"/> is an ISO 3166 two-letter country code, in capitals.</summary>
    public static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The rules that need the database: a name no other organisation has, and a carrier that exists and
    /// is not the organisation itself nor carried by it, however indirectly.</summary>
    public async Task CheckAgainstNetworkAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer t, string prefix, Guid? organisationId)
    {
        var key = Organisation.SearchKey(Name);
        if (key.Length > 0 && await db.Organisations.AnyAsync(o => o.SearchName == key && o.Id != organisationId))
            modelState.AddModelError($"{prefix}.{nameof(Name)}", t["An organisation already has this name."]);

        if (ParentId is not { } carrierId) return;
        if (carrierId == organisationId)
        {
            modelState.AddModelError($"{prefix}.{nameof(ParentId)}", t["An organisation cannot carry itself."]);
            return;
        }
        if (!await db.Organisations.AnyAsync(o => o.Id == carrierId))
        {
            modelState.AddModelError($"{prefix}.{nameof(ParentId)}", t["This value is not valid."]);
            return;
        }
        if (organisationId is { } id && await IsCarriedByAsync(db, carrierId, id))
            modelState.AddModelError($"{prefix}.{nameof(ParentId)}", t["This organisation is carried by the one you are editing: choosing it would make a loop."]);
    }

    /// <summary>Whether <paramref name="carrier"/> is <paramref name="organisation"/> or sits below it in the chain of
    /// carriers. Chains are a few links long; the visited set stops a loop already in the data.</summary>
    private static async Task<bool> IsCarriedByAsync(AppDbContext db, Guid carrier, Guid organisation)
    {
        var visited = new HashSet<Guid>();
        Guid? current = carrier;
        while (current is { } id && visited.Add(id))
        {
            if (id == organisation) return true;
            current = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync();
        }
        return false;
    }

    public static OrganisationForm From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Kind = organisation.Kind,
        Side = organisation.Side,
        CountryCode = organisation.CountryCode,
        Region = organisation.Region,
        LegalForm = organisation.LegalForm,
        DefaultCulture = organisation.DefaultCulture,
        TimeZoneId = organisation.TimeZoneId,
        ParentId = organisation.ParentId,
        Profile = OrganisationProfileForm.From(organisation),
        IsPublic = organisation.IsPublic,
        Version = organisation.Version,
    };

    /// <summary>Copies valid values onto the organisation; its themes must be loaded.</summary>
    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = Name.Trim();
        organisation.Kind = Kind;
        organisation.Side = Side;
        organisation.CountryCode = Country;
        organisation.Region = Region?.Trim() ?? "";
        organisation.LegalForm = LegalForm?.Trim() ?? "";
        organisation.DefaultCulture = Cultures.Normalise(DefaultCulture);
        organisation.TimeZoneId = TimeZones.Canonical(TimeZoneId)!;
        organisation.ParentId = ParentId;
        organisation.IsPublic = IsPublic;
        Profile.ApplyTo(organisation);
    }
}

/// <summary>What the shared fields of the create and edit pages show: the form and the picker of the organisation that
/// carries this one.</summary>
public sealed record OrganisationFields(OrganisationForm Input, Picker Carrier)
{
    /// <summary>The carrier picker: network administrators search every organisation; anyone else sees the carrier the
    /// organisation has and keeps it.</summary>
    public static Task<Picker> CarrierAsync(PageModel page, OrganisationPicks picks, Actor actor, IStringLocalizer t, Guid? chosen) =>
        picks.PickerAsync(page, $"{nameof(CreateModel.Input)}.{nameof(OrganisationForm.ParentId)}", t["Carrier organisation"], chosen, none: t["None"],
            hint: t["The organisation that carries this one, as CERESO carries L'Espace412."], locked: !actor.MayChooseCarrier());
}
