namespace Passerelles.Web.Features.Missions;

/// <summary>The event form's fields as the pages creating and changing an event show them: the organiser picker and
/// the time zones offered.</summary>
public sealed record EventFields(EventForm Input, Picker Organiser, IReadOnlyList<string> Zones);

/// <summary>What the pages creating and changing an event share: the fields shown, and the organiser checked against
/// the organisations the person may see.</summary>
public sealed class EventEditor(AppDbContext db, OrganisationPicks picks, IStringLocalizer<Text> t)
{
    public static IReadOnlyList<string> Zones { get; } = new[] { TimeZones.Quebec, TimeZones.France }.Concat(TimeZones.Selectable).Distinct().ToList();

    public async Task<EventFields> FieldsAsync(PageModel page, EventForm input) =>
        new(input, await picks.PickerAsync(page, $"Input.{nameof(EventForm.OrganiserId)}", t["Organiser"], input.OrganiserId, none: t["No organiser"].Value), Zones);

    public async Task<bool> CheckAsync(EventForm input, Actor actor, ModelStateDictionary modelState)
    {
        if (input.OrganiserId is { } organiser && !await db.Organisations.VisibleTo(actor).AnyAsync(o => o.Id == organiser))
            modelState.AddModelError($"Input.{nameof(EventForm.OrganiserId)}", t[EventForm.UnknownOrganiser]);
        return modelState.IsValid;
    }
}
