using Passerelles.Web.Infrastructure.Pdf;

namespace Passerelles.Web.Features.Missions;

/// <summary>The programme as a PDF: the same bilingual labels as the page, each day on a page of its own, then the places
/// of the visits and the host contacts.</summary>
public static class ProgrammeDocument
{
    public static byte[] Build(MissionProgramme programme, Bilingual labels, CultureInfo reader)
    {
        var description = new PdfTextLayout.Description(programme.Title + " — " + labels.Line("Programme of the mission"), labels.First.Name, labels.Line("Page {0} of {1}"));
        return PdfTextLayout.Write(description, layout =>
        {
            layout.Heading(programme.Title, 1);
            layout.Paragraph(labels.Line("Programme of the mission"), bold: true);
            layout.Paragraph(labels.DateLine(programme.StartsOn) + " – " + labels.DateLine(programme.EndsOn));
            layout.Paragraph(labels.Line("Each time is that of its place, with the time in {0} beside it.", TimeZones.PlaceName(programme.HomeZoneId)));
            var days = programme.Days;
            if (days.Count == 0) layout.Paragraph(labels.Line("Nothing is planned yet."));
            foreach (var day in days)
            {
                layout.NewPage();
                layout.Heading(labels.Line("Day {0}", programme.DayNumber(day.Key)) + " — " + labels.DateLine(day.Key), 2);
                foreach (var item in day)
                {
                    layout.Heading(labels.Line(ProgrammeLabels.Kind(item)) + " — " + item.Title, 3);
                    layout.Row(labels.Line("Time"), ProgrammeTimes.Text(item.StartsAt, item.StartZoneId, programme.HomeZoneId, reader) + " → " +
                                                     ProgrammeTimes.Text(item.EndsAt, item.EndZoneId, programme.HomeZoneId, reader));
                    if (item.Kind == ItineraryKind.Leg)
                    {
                        layout.Row(labels.Line("Departure"), item.DeparturePlace);
                        layout.Row(labels.Line("Arrival"), item.ArrivalPlace);
                    }
                    if (item.Organisation is { } organisation) layout.Row(labels.Line("Organisation"), organisation);
                    if (item.Address.Length > 0) layout.Row(labels.Line("Address"), item.Address);
                    if (item.Host is { } host) layout.Row(labels.Line("Host contact"), host.Name);
                    if (item.Event is { } eventName) layout.Row(labels.Line("Event"), eventName);
                    // As on the page, the notes are the delegation's: hosts do not read them.
                    if (programme.Whole && item.Notes.Length > 0) layout.Row(labels.Line("Notes"), Infrastructure.SafeMarkdown.ToPlainText(item.Notes));
                }
            }
            var places = programme.Places;
            var contacts = programme.Contacts;
            if (places.Count == 0 && contacts.Count == 0) return;
            layout.NewPage();
            if (places.Count > 0)
            {
                layout.Heading(labels.Line("Places of the visits"), 2);
                foreach (var place in places)
                    layout.Row(place.Title, string.Join("\n", new[] { place.Organisation ?? "", place.Address }.Where(s => s.Length > 0)));
            }
            if (contacts.Count > 0)
            {
                layout.Heading(labels.Line("Contacts"), 2);
                foreach (var contact in contacts)
                {
                    layout.Heading(contact.Name, 3);
                    layout.Row(labels.Line("Organisation"), contact.Organisation);
                    if (contact.Email.Length > 0) layout.Row(labels.Line("E-mail"), contact.Email);
                    if (contact.Phone.Length > 0) layout.Row(labels.Line("Phone"), contact.Phone);
                }
            }
        });
    }
}

/// <summary>The words that name an item's kind, the same on the page, in the PDF and in the calendar.</summary>
public static class ProgrammeLabels
{
    public static string Kind(ProgrammeItem item) => item.Kind switch
    {
        ItineraryKind.Leg => item.Mode switch { TravelMode.Flight => "Flight", TravelMode.Train => "Train", TravelMode.Car => "Car", _ => "Travel" },
        ItineraryKind.Visit => "Visit",
        ItineraryKind.Meeting => "Meeting",
        ItineraryKind.FreeTime => "Free time",
        _ => "Accommodation",
    };
}
