namespace Passerelles.Web.Features.People;

/// <summary>What the new-person and edit-person pages bind. Roles come as rows: the existing ones and a few blank ones
/// to fill in, each with a box to remove it, so the form works without JavaScript.</summary>
public sealed class PersonForm : IValidatableObject
{
    public const int BlankRoleRows = 2;
    public const int MaxRoles = 20;

    [Required]
    [StringLength(120)]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
    [StringLength(256)]
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [StringLength(40)]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Languages")]
    public List<string> Languages { get; set; } = [];

    [Required]
    [StringLength(64)]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = TimeZones.Quebec;

    [Required]
    [Display(Name = "Controller organisation")]
    public Guid? ControllerOrganisationId { get; set; }

    public List<RoleRow> Roles { get; set; } = [];

    public int Version { get; set; }

    public sealed class RoleRow
    {
        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [StringLength(120)]
        [Display(Name = "Job title")]
        public string? Title { get; set; }

        [Display(Name = "Remove this role")]
        public bool Remove { get; set; }

        public bool Kept => !Remove && OrganisationId is not null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (Languages.Any(l => !Cultures.IsSupported(l)))
            yield return new ValidationResult(t["Choose among the languages in the list."], [nameof(Languages)]);
        if (!TimeZones.IsKnown(TimeZoneId))
            yield return new ValidationResult(t["Choose one of the time zones in the list."], [nameof(TimeZoneId)]);
        for (var i = 0; i < Roles.Count; i++)
        {
            if (!Roles[i].Remove && Roles[i].OrganisationId is null && !string.IsNullOrWhiteSpace(Roles[i].Title))
                yield return new ValidationResult(t["Choose the organisation of this role."], [$"{nameof(Roles)}[{i}].{nameof(RoleRow.OrganisationId)}"]);
        }
        if (Roles.Count(r => r.Kept) > MaxRoles)
            yield return new ValidationResult(t["A person can have at most {0} roles.", MaxRoles], [nameof(Roles)]);
    }

    /// <summary>The rules that need the database: a controller organisation the editor administers, and role
    /// organisations that exist.</summary>
    public async Task CheckAgainstNetworkAsync(AppDbContext db, Actor actor, ModelStateDictionary modelState, IStringLocalizer t, string prefix)
    {
        if (ControllerOrganisationId is { } controller &&
            (!actor.Controls(controller) || !await db.Organisations.AnyAsync(o => o.Id == controller)))
            modelState.AddModelError($"{prefix}.{nameof(ControllerOrganisationId)}", t["Choose an organisation you administer."]);

        var wanted = Roles.Where(r => r.Kept).Select(r => r.OrganisationId!.Value).Distinct().ToList();
        var existing = await db.Organisations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync();
        for (var i = 0; i < Roles.Count; i++)
        {
            if (Roles[i].Kept && !existing.Contains(Roles[i].OrganisationId!.Value))
                modelState.AddModelError($"{prefix}.{nameof(Roles)}[{i}].{nameof(RoleRow.OrganisationId)}", t["This value is not valid."]);
        }
    }

    /// <summary>Tops the role rows up so that a few blank ones are always there to fill in.</summary>
    public PersonForm WithBlankRoleRows()
    {
        Roles.RemoveAll(r => r.Remove || (r.OrganisationId is null && string.IsNullOrWhiteSpace(r.Title)));
        for (var i = 0; i < BlankRoleRows; i++) Roles.Add(new RoleRow());
        return this;
    }

    public static PersonForm From(Person person) => new PersonForm
    {
        DisplayName = person.DisplayName,
        Email = person.Email,
        Phone = person.Phone,
        Languages = person.Languages.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        TimeZoneId = person.TimeZoneId,
        ControllerOrganisationId = person.ControllerOrganisationId,
        Roles = person.Roles.Select(r => new RoleRow { OrganisationId = r.OrganisationId, Title = r.Title }).ToList(),
        Version = person.Version,
    }.WithBlankRoleRows();

    /// <summary>Copies valid values onto the person; their roles must be loaded.</summary>
    public void ApplyTo(Person person)
    {
        person.DisplayName = DisplayName.Trim();
        person.Email = Email?.Trim() ?? "";
        person.Phone = Phone?.Trim() ?? "";
        person.Languages = string.Join(',', Cultures.Supported.Where(c => Languages.Contains(c, StringComparer.OrdinalIgnoreCase)));
        person.TimeZoneId = TimeZones.Canonical(TimeZoneId)!;
        person.ControllerOrganisationId = ControllerOrganisationId!.Value;
        person.Roles.Clear();
        foreach (var row in Roles.Where(r => r.Kept))
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = row.OrganisationId!.Value, Title = row.Title?.Trim() ?? "" });
    }
}

/// <summary>What the shared fields of the new-person and edit-person pages show: the form, the controller (a picker for
/// network administrators, who may name any organisation; the few organisations they administer for anyone else) and a
/// picker of the organisation of each role.</summary>
public sealed record PersonFields(PersonForm Input, Picker? Controller, IReadOnlyList<PersonFields.Choice> Controllers, IReadOnlyList<Picker> Roles)
{
    public sealed record Choice(Guid Id, string Name);

    public static async Task<PersonFields> LoadAsync(PageModel page, AppDbContext db, OrganisationPicks picks, Actor actor, IStringLocalizer t, PersonForm input)
    {
        var controller = actor.IsNetworkAdministrator
            ? await picks.PickerAsync(page, $"Input.{nameof(PersonForm.ControllerOrganisationId)}", t["Controller organisation"], input.ControllerOrganisationId,
                hint: t["The organisation responsible for this person's personal information: its side decides which privacy law applies."])
            : null;
        var administered = actor.Administers.ToList();
        var controllers = controller is null
            ? await db.Organisations.AsNoTracking().Where(o => administered.Contains(o.Id)).OrderBy(o => o.SearchName).Select(o => new Choice(o.Id, o.Name)).ToListAsync()
            : [];
        var roles = new List<Picker>();
        for (var i = 0; i < input.Roles.Count; i++)
            roles.Add(await picks.PickerAsync(page, $"Input.Roles[{i}].{nameof(PersonForm.RoleRow.OrganisationId)}", t["Organisation"], input.Roles[i].OrganisationId, none: t["None"]));
        return new PersonFields(input, controller, controllers, roles);
    }
}
