
namespace Passerelles.Web.Access;

/// <summary>Events the network takes part in and its presentations at them. The staff of any organisation and network
/// administrators see every event and create new ones; the speakers of a presentation see its event; nobody else learns
/// an event exists. An event is edited — its details, tracks and presentations — by its creator, the administrators of
/// its organiser and network administrators; a presentation also by its speakers. Whoever sees an event gives feedback
/// on its presentations and records the contacts made there; a contact, being personal data, is read by those who
/// change the presentation, by whoever recorded it and by those who control its controller organisation.</summary>
public static class EventRules
{
    public static bool MayCreateEvent(this Actor actor) => actor.IsStaffSomewhere;

    /// <summary>The events the actor sees: all for staff, those they speak at for anyone else.</summary>
    public static IQueryable<Event> VisibleTo(this IQueryable<Event> events, Actor actor)
    {
        if (actor.IsStaffSomewhere) return events;
        var userId = actor.UserId;
        return events.Where(e => e.Presentations.Any(p => p.Speakers.Any(s => s.UserId == userId)));
    }

    public static bool MayEdit(this Actor actor, Event e) =>
        actor.IsNetworkAdministrator
        || (e.CreatedBy is { } creator && creator == actor.UserId)
        || (e.OrganiserId is { } organiser && actor.Administers.Contains(organiser));

    /// <summary>Whether the actor changes the presentation (its speakers need <see cref="Presentation.Speakers"/> loaded).</summary>
    public static bool MayEdit(this Actor actor, Event e, Presentation presentation) =>
        actor.MayEdit(e) || presentation.Speakers.Any(s => s.UserId == actor.UserId);

    /// <summary>Whether the actor reads this contact made at a presentation they may see.</summary>
    public static bool MaySeeContact(this Actor actor, bool editsPresentation, PresentationContact contact) =>
        editsPresentation || contact.RecordedById == actor.UserId || actor.Controls(contact.ControllerOrganisationId);

    /// <summary>Whether the actor deletes this feedback: its author, or those who edit the event.</summary>
    public static bool MayDelete(this Actor actor, Event e, PresentationFeedback feedback) =>
        feedback.AuthorId == actor.UserId || actor.MayEdit(e);

    /// <summary>Whether the actor deletes this contact: whoever recorded it, those who control the organisation it was
    /// recorded for, and those who edit the event. A speaker reads the contacts without deleting them.</summary>
    public static bool MayDelete(this Actor actor, Event e, PresentationContact contact) =>
        contact.RecordedById == actor.UserId || actor.Controls(contact.ControllerOrganisationId) || actor.MayEdit(e);
}
