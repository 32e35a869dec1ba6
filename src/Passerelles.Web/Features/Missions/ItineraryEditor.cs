
namespace Passerelles.Web.Features.Missions;

/// <summary>The item form's fields as the pages adding and changing an item show them: the organisation picker (for a
/// visit or a meeting), the host contacts of the organisation chosen, the time zones and the events offered.</summary>
public sealed record ItineraryFields(Guid MissionId, ItineraryForm Input, Picker? Organisation, IReadOnlyList<PickerChoice> Hosts, IReadOnlyList<string> Zones,
    IReadOnlyList<PickerChoice> Events)
{
    public HostField HostField => new(MissionId, Input.HostPersonId, Hosts);
}

/// <summary>The host contact's field, which htmx asks for again when the organisation chosen changes (without
/// JavaScript, the picker's search step sends the form back and the field comes with the page).</summary>
public sealed record HostField(Guid MissionId, Guid? Chosen, IReadOnlyList<PickerChoice> Hosts)
{
    public const string OrganisationField = $"Input.{nameof(ItineraryForm.OrganisationId)}";

    /// <summary>The organisation picker's element, whose changes ask for the field again.</summary>
    public static string OrganisationPicker => new Picker("organisations", OrganisationField, "", null).Id;
}

/// <summary>What the pages adding and changing an itinerary item share: the blank form, the fields shown, and the checks
/// that read the database (the organisation and host the person may pick) before the form's own rules.</summary>
public sealed class ItineraryEditor(AppDbContext db, OrganisationPicks picks, TimeProvider clock, IStringLocalizer<Text> t)
{
    public const int MaxHosts = 200;

    public static ItineraryForm Blank(Mission mission, ItineraryKind kind) => new()
    {
        Kind = kind,
        StartDate = mission.StartsOn.ToDateOnly(),
        EndDate = mission.StartsOn.ToDateOnly(),
        StartZoneId = kind switch
        {
            ItineraryKind.Leg => ItineraryTimes.ZoneOf(mission.HomeSide),
            ItineraryKind.Visit or ItineraryKind.Meeting => "",
            _ => ItineraryTimes.ZoneOf(mission.HostSide),
        },
        EndZoneId = kind == ItineraryKind.Leg ? ItineraryTimes.ZoneOf(mission.HostSide) : null,
    };

    public async Task<ItineraryFields> FieldsAsync(PageModel page, Guid missionId, ItineraryForm input, Actor actor)
    {
        var organisation = input.IsAtOrganisation
            ? await picks.PickerAsync(page, HostField.OrganisationField, t["Organisation visited"], input.OrganisationId,
                none: input.Kind == ItineraryKind.Meeting ? t["No organisation"].Value : null)
            : null;
        var hosts = organisation?.Chosen is { } chosen ? await HostChoicesAsync(actor, chosen.Id) : [];
        var zones = new[] { TimeZones.Quebec, TimeZones.France }.Concat(TimeZones.Selectable).Distinct().ToList();
        var events = input.IsLeg ? [] : await Events(missionId, actor).OrderBy(e => e.StartsOn).ThenBy(e => e.Name)
            .Select(e => new PickerChoice(e.Id, e.Name)).ToListAsync();
        return new ItineraryFields(missionId, input, organisation, hosts, zones, events);
    }

    /// <summary>The host contacts offered for an organisation, in the order of their names.</summary>
    public Task<List<PickerChoice>> HostChoicesAsync(Actor actor, Guid organisationId) =>
        Hosts(actor, organisationId).OrderBy(p => p.DisplayName).Take(MaxHosts).Select(p => new PickerChoice(p.Id, p.DisplayName)).ToListAsync();

    /// <summary>The organisation visited and the item's instants, or null with the reasons beside their fields. A host
    /// named anew (not <paramref name="currentHost"/>) whose record is kept on the other side of the mission's lead
    /// organisation has their contact sent across the ocean: a current transfer assessment covering missions must stand.</summary>
    public async Task<(ItineraryForm.Resolved When, Organisation? Place)?> CheckAsync(ItineraryForm input, Mission mission, Actor actor, ModelStateDictionary modelState,
        Guid? currentHost = null)
    {
        Organisation? place = null;
        if (input.IsAtOrganisation && input.OrganisationId is { } organisationId)
        {
            place = await db.Organisations.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(o => o.Id == organisationId);
            if (place is null)
                modelState.AddModelError($"Input.{nameof(ItineraryForm.OrganisationId)}", t[ItineraryForm.UnknownOrganisation]);
            else if (input.HostPersonId is { } host && !await Hosts(actor, place.Id).AnyAsync(h => h.Id == host))
                modelState.AddModelError($"Input.{nameof(ItineraryForm.HostPersonId)}", t[ItineraryForm.UnknownHost]);
            else if (input.HostPersonId is { } named && named != currentHost
                     && await TransferGate.CheckAsync(db, await db.People.Where(p => p.Id == named).Select(p => p.ControllerOrganisationId).SingleAsync(),
                         mission.LeadOrganisationId, TransferPurposes.Missions, Instant.FromDateTimeOffset(clock.GetUtcNow()), t) is { } missing)
                modelState.AddModelError($"Input.{nameof(ItineraryForm.HostPersonId)}", missing);
        }
        if (!input.IsLeg && input.EventId is { } eventId && !await Events(mission.Id, actor).AnyAsync(e => e.Id == eventId))
            modelState.AddModelError($"Input.{nameof(ItineraryForm.EventId)}", t[ItineraryForm.UnknownEvent]);
        if (!modelState.IsValid) return null;
        return input.Resolve(mission, place, modelState, t, "Input") is { } when ? (when, place) : null;
    }

    /// <summary>The events an item may take part in: those the person sees that are held, at least in part, during the
    /// mission's dates.</summary>
    private IQueryable<Event> Events(Guid missionId, Actor actor)
    {
        var mission = db.Missions.Where(m => m.Id == missionId);
        return db.Events.AsNoTracking().VisibleTo(actor)
            .Where(e => mission.Any(m => e.StartsOn <= m.EndsOn && e.EndsOn >= m.StartsOn));
    }

    /// <summary>The people who may be named as the host contact at an organisation: those of the directory the person
    /// sees who hold a role there or whose record it keeps.</summary>
    private IQueryable<Person> Hosts(Actor actor, Guid organisationId) =>
        db.People.AsNoTracking().VisibleTo(actor)
            .Where(p => p.ControllerOrganisationId == organisationId || p.Roles.Any(r => r.OrganisationId == organisationId));
}
