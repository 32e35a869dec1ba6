
namespace Passerelles.Web.Features.Missions;

/// <summary>What the pages creating and changing an event bind: its name, its first and last days at its place, the
/// place with its zone, the organiser, its themes and its tracks (a few blank rows for new ones; a track left without
/// a name is removed).</summary>
public sealed class EventForm : IValidatableObject
{
    public const int BlankTracks = 3;
    public const string EndBeforeStart = "The last day comes before the first.";
    public const string UnknownZone = "Choose a time zone from the list.";
    public const string UnknownOrganiser = "This organisation is not in the network.";

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(Event.NameMaxLength)]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "First day")]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [Display(Name = "Last day")]
    public DateOnly? EndsOn { get; set; }

    [Required(ErrorMessage = "This field is required.")]
    [StringLength(Event.CityMaxLength)]
    [Display(Name = "City")]
    public string? City { get; set; }

    [StringLength(Event.AddressMaxLength)]
    [Display(Name = "Address")]
    public string? Address { get; set; }

    [Display(Name = "Time zone")]
    public string? TimeZoneId { get; set; }

    [Display(Name = "Organiser")]
    public Guid? OrganiserId { get; set; }

    public List<MissionThemes> Themes { get; set; } = [];

    public List<TrackForm> Tracks { get; set; } = [];

    public int Version { get; set; }

    public sealed class TrackForm
    {
        public Guid? Id { get; set; }

        [StringLength(EventTrack.NameMaxLength)]
        [Display(Name = "Track")]
        public string? Name { get; set; }

        [Display(Name = "Theme of the track")]
        public MissionThemes? Theme { get; set; }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
        if (StartsOn is { } start && !PlanningDates.Accepts(start))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(StartsOn)]);
        if (EndsOn is { } end && !PlanningDates.Accepts(end))
            yield return new ValidationResult(t[PlanningDates.OutOfRange], [nameof(EndsOn)]);
        else if (StartsOn is { } first && EndsOn is { } last && last < first)
            yield return new ValidationResult(t[EndBeforeStart], [nameof(EndsOn)]);
        if (string.IsNullOrWhiteSpace(TimeZoneId))
            yield return new ValidationResult(t["This field is required."], [nameof(TimeZoneId)]);
        else if (!TimeZones.IsKnown(TimeZoneId))
            yield return new ValidationResult(t[UnknownZone], [nameof(TimeZoneId)]);
        if (Themes.Any(theme => !EventThemes.IsPriority(theme)))
            yield return new ValidationResult(t["This field is required."], [nameof(Themes)]);
        for (var i = 0; i < Tracks.Count; i++)
            if (Tracks[i].Theme is { } theme && !EventThemes.IsPriority(theme))
                yield return new ValidationResult(t["This field is required."], [$"{nameof(Tracks)}[{i}].{nameof(TrackForm.Theme)}"]);
    }

    public static EventForm Blank(Side side) => new()
    {
        TimeZoneId = ItineraryTimes.ZoneOf(side),
        Tracks = Enumerable.Range(0, BlankTracks).Select(_ => new TrackForm()).ToList(),
    };

    public static EventForm For(Event e) => new()
    {
        Name = e.Name, StartsOn = e.StartsOn.ToDateOnly(), EndsOn = e.EndsOn.ToDateOnly(), City = e.City, Address = e.Address,
        TimeZoneId = e.TimeZoneId, OrganiserId = e.OrganiserId, Themes = EventThemes.Each(e.Themes).ToList(), Version = e.Version,
        Tracks = e.Tracks.OrderBy(t => t.Position).Select(t => new TrackForm { Id = t.Id, Name = t.Name, Theme = t.Theme })
            .Concat(Enumerable.Range(0, BlankTracks).Select(_ => new TrackForm())).ToList(),
    };

    /// <summary>Writes the form onto the event, its tracks included: a track is kept by its id, so the presentations
    /// filed under it stay there; a track whose name was emptied is removed.</summary>
    public void ApplyTo(Event e)
    {
        e.Name = Name!.Trim();
        (e.StartsOn, e.EndsOn) = (LocalDate.FromDateOnly(StartsOn!.Value), LocalDate.FromDateOnly(EndsOn!.Value));
        e.City = City!.Trim();
        e.Address = Address?.Trim() ?? "";
        e.TimeZoneId = TimeZones.Canonical(TimeZoneId)!;
        e.OrganiserId = OrganiserId;
        e.Themes = Themes.Aggregate(MissionThemes.None, (all, theme) => all | theme);
        var named = Tracks.Where(t => !string.IsNullOrWhiteSpace(t.Name)).ToList();
        e.Tracks.RemoveAll(track => !named.Any(t => t.Id == track.Id));
        for (var i = 0; i < named.Count; i++)
        {
            var track = e.Tracks.SingleOrDefault(t => t.Id == named[i].Id);
            if (track is null) e.Tracks.Add(track = new EventTrack { EventId = e.Id });
            (track.Position, track.Name, track.Theme) = (i, named[i].Name!.Trim(), named[i].Theme);
        }
    }
}

/// <summary>The four priority themes one by one, as events, tracks and presentations show and choose them.</summary>
public static class EventThemes
{
    public static readonly IReadOnlyList<MissionThemes> Priorities = [MissionThemes.Innovation, MissionThemes.Youth, MissionThemes.Digital, MissionThemes.GenderEquality];

    public static bool IsPriority(MissionThemes theme) => Priorities.Contains(theme);

    public static IEnumerable<MissionThemes> Each(MissionThemes themes) => Priorities.Where(p => themes.HasFlag(p));
}
