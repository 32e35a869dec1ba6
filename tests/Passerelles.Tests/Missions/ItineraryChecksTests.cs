using NodaTime;
using Passerelles.Web.Features.Missions;
using Passerelles.Web.Features.Organisations;
using static Passerelles.Web.Features.Missions.ItineraryChecks;

namespace Passerelles.Tests.Missions;

public sealed class ItineraryChecksTests
{
    private const string Paris = "Europe/Paris";

    private static Span Item(string title, ItineraryKind kind, LocalDateTime start, LocalDateTime end, string zone = Paris) =>
        new(Guid.NewGuid(), title, kind, MissionsTesting.At(start, zone), MissionsTesting.At(end, zone), zone);

    [Fact]
    public void Two_visits_at_the_same_time_are_flagged_as_overlapping_each_other()
    {
        var ptce = Item("PTCE", ItineraryKind.Visit, new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var tube = Item("Tube", ItineraryKind.Meeting, new(2023, 10, 18, 11, 0), new(2023, 10, 18, 13, 0));

        var flags = Check([ptce, tube]);

        Assert.Equal(new Flag[] { new Overlap("Tube") }, flags[ptce.Id]);
        Assert.Equal(new Flag[] { new Overlap("PTCE") }, flags[tube.Id]);
    }

    [Fact]
    public void Items_back_to_back_and_the_accommodation_around_them_are_not_flagged()
    {
        var visit = Item("PTCE", ItineraryKind.Visit, new(2023, 10, 18, 9, 30), new(2023, 10, 18, 12, 0));
        var meeting = Item("Tube", ItineraryKind.Meeting, new(2023, 10, 18, 12, 0), new(2023, 10, 18, 13, 0));
        var hotel = Item("Hôtel", ItineraryKind.Accommodation, new(2023, 10, 17, 16, 0), new(2023, 10, 21, 9, 0));

        var flags = Check([visit, meeting, hotel]);

        Assert.All(flags.Values, Assert.Empty);
    }

    [Fact]
    public void A_leg_that_arrives_after_the_next_visit_starts_is_an_impossible_connection()
    {
        var train = Item("TGV Paris – Bayonne", ItineraryKind.Leg, new(2023, 10, 17, 10, 52), new(2023, 10, 17, 14, 55));
        var visit = Item("PTCE", ItineraryKind.Visit, new(2023, 10, 17, 14, 30), new(2023, 10, 17, 16, 0));

        var flags = Check([visit, train]);

        var connection = new Connection("TGV Paris – Bayonne", "PTCE");
        Assert.Equal(new Flag[] { connection }, flags[train.Id]);
        Assert.Equal(new Flag[] { connection }, flags[visit.Id]);
    }

    [Fact]
    public void A_flight_landing_in_Paris_after_a_visit_there_has_started_is_an_impossible_connection_across_zones()
    {
        // 18:30 in Montréal on 16 October is 00:30 on the 17th in Paris: landing at 07:35 Paris time is after 07:00.
        var flight = new Span(Guid.NewGuid(), "Vol", ItineraryKind.Leg, MissionsTesting.At(new(2023, 10, 16, 18, 30), "America/Toronto"),
            MissionsTesting.At(new(2023, 10, 17, 7, 35), Paris), "America/Toronto");
        var breakfast = Item("Petit-déjeuner", ItineraryKind.Meeting, new(2023, 10, 17, 7, 0), new(2023, 10, 17, 8, 0));

        Assert.Equal(new Flag[] { new Connection("Vol", "Petit-déjeuner") }, Check([flight, breakfast])[breakfast.Id]);
    }

    [Fact]
    public void A_visit_on_a_public_holiday_of_either_side_is_flagged_with_the_holiday()
    {
        var fêteNationale = Item("Visite", ItineraryKind.Visit, new(2027, 6, 24, 9, 0), new(2027, 6, 24, 11, 0));
        var armistice = Item("Rencontre", ItineraryKind.Meeting, new(2027, 11, 11, 9, 0), new(2027, 11, 11, 11, 0), "America/Toronto");
        var ordinary = Item("Visite", ItineraryKind.Visit, new(2027, 6, 23, 9, 0), new(2027, 6, 23, 11, 0));

        var flags = Check([fêteNationale, armistice, ordinary]);

        Assert.Equal(new Flag[] { new Holiday(Side.Quebec, "Fête nationale du Québec") }, flags[fêteNationale.Id]);
        Assert.Equal(new Flag[] { new Holiday(Side.France, "Armistice Day") }, flags[armistice.Id]);
        Assert.Empty(flags[ordinary.Id]);
    }
}
