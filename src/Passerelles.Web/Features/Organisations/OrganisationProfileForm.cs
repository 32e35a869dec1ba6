namespace Passerelles.Web.Features.Organisations;

/// <summary>An organisation's directory profile as typed: what its administrators edit and what anyone else may
/// propose. Also the shape a change proposal is stored in.</summary>
public sealed class OrganisationProfileForm : ThemesForm, IValidatableObject
{
    [StringLength(Organisation.DescriptionMaxLength)]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [StringLength(300)]
    [Display(Name = "Website")]
    public string? Website { get; set; }

    [StringLength(300)]
    [Display(Name = "Street address")]
    public string? StreetAddress { get; set; }

    [StringLength(120)]
    [Display(Name = "Locality")]
    public string? Locality { get; set; }

    [StringLength(20)]
    [Display(Name = "Postal code")]
    public string? PostalCode { get; set; }

    // Typed as text: a decimal point must be accepted whatever the interface language (45.84 as well as 45,84).
    [StringLength(30)]
    [Display(Name = "Latitude")]
    public string? Latitude { get; set; }

    [StringLength(30)]
    [Display(Name = "Longitude")]
    public string? Longitude { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (!string.IsNullOrWhiteSpace(Website) && !IsWebAddress(Website.Trim()))
            yield return new ValidationResult(t["Enter a web address starting with http:// or https://."], [nameof(Website)]);

        var latitude = Coordinate(Latitude, 90, nameof(Latitude), t["The latitude must be between -90 and 90."], out var latitudeError);
        if (latitudeError is not null) yield return latitudeError;
        var longitude = Coordinate(Longitude, 180, nameof(Longitude), t["The longitude must be between -180 and 180."], out var longitudeError);
        if (longitudeError is not null) yield return longitudeError;
        if (latitudeError is null && longitudeError is null && (latitude is null) != (longitude is null))
            yield return new ValidationResult(t["Enter both the latitude and the longitude, or neither."],
                [latitude is null ? nameof(Latitude) : nameof(Longitude)]);

        foreach (var error in ValidateThemes(t)) yield return error;
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !string.IsNullOrEmpty(uri.Host);

    private static double? Coordinate(string? text, double limit, string member, string rangeMessage, out ValidationResult? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!TryParseCoordinate(text, out var value) || value < -limit || value > limit)
        {
            error = new ValidationResult(rangeMessage, [member]);
            return null;
        }
        return value;
    }

    private static bool TryParseCoordinate(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.').Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) &&
        double.IsFinite(value);

    private static double? ParseCoordinate(string? text) => TryParseCoordinate(text, out var value) ? value : null;

    private static string FormatCoordinate(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    public static OrganisationProfileForm From(Organisation organisation) => new()
    {
        Description = organisation.Description,
        Website = organisation.Website,
        StreetAddress = organisation.StreetAddress,
        Locality = organisation.Locality,
        PostalCode = organisation.PostalCode,
        Latitude = FormatCoordinate(organisation.Latitude),
        Longitude = FormatCoordinate(organisation.Longitude),
        Priorities = organisation.Themes.Select(t => t.Name).Where(OrganisationTheme.IsPriority).ToList(),
        Tags = string.Join(", ", organisation.Themes.Select(t => t.Name).Where(n => !OrganisationTheme.IsPriority(n)).Order(StringComparer.OrdinalIgnoreCase)),
    };

    /// <summary>Copies a valid profile onto the organisation; its themes must be loaded.</summary>
    public void ApplyTo(Organisation organisation)
    {
        organisation.Description = Description?.Trim() ?? "";
        organisation.Website = Website?.Trim() ?? "";
        organisation.StreetAddress = StreetAddress?.Trim() ?? "";
        organisation.Locality = Locality?.Trim() ?? "";
        organisation.PostalCode = PostalCode?.Trim() ?? "";
        var latitude = ParseCoordinate(Latitude);
        var longitude = ParseCoordinate(Longitude);
        (organisation.Latitude, organisation.Longitude) = latitude is null || longitude is null ? (null, null) : (latitude, longitude);

        var wanted = ThemeNames();
        organisation.Themes.RemoveAll(theme => !wanted.Contains(theme.Name, StringComparer.Ordinal));
        foreach (var name in wanted.Where(name => organisation.Themes.All(theme => theme.Name != name)))
            organisation.Themes.Add(new OrganisationTheme { OrganisationId = organisation.Id, Name = name });
    }

    /// <summary>One line of a before/after comparison, with the field's label as an interface key.</summary>
    public sealed record Difference(string Label, string Before, string After);

    /// <summary>The fields where <paramref name="proposed"/> differs from <paramref name="current"/>, as they
    /// would be stored and in words a reader understands.</summary>
    public static IReadOnlyList<Difference> Compare(OrganisationProfileForm current, OrganisationProfileForm proposed, IStringLocalizer t)
    {
        var differences = new List<Difference>();
        void Add(string label, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal)) differences.Add(new Difference(label, before, after));
        }
        Add("Description", current.Description?.Trim() ?? "", proposed.Description?.Trim() ?? "");
        Add("Website", current.Website?.Trim() ?? "", proposed.Website?.Trim() ?? "");
        Add("Street address", current.StreetAddress?.Trim() ?? "", proposed.StreetAddress?.Trim() ?? "");
        Add("Locality", current.Locality?.Trim() ?? "", proposed.Locality?.Trim() ?? "");
        Add("Postal code", current.PostalCode?.Trim() ?? "", proposed.PostalCode?.Trim() ?? "");
        Add("Latitude", FormatCoordinate(ParseCoordinate(current.Latitude)), FormatCoordinate(ParseCoordinate(proposed.Latitude)));
        Add("Longitude", FormatCoordinate(ParseCoordinate(current.Longitude)), FormatCoordinate(ParseCoordinate(proposed.Longitude)));
        Add("Themes", ThemesInWords(current, t), ThemesInWords(proposed, t));
        return differences;
    }

    private static string ThemesInWords(OrganisationProfileForm form, IStringLocalizer t) =>
        string.Join(", ", form.ThemeNames().Select(name => OrganisationTheme.IsPriority(name) ? t["Theme." + name].Value : name));
}
