using NodaTime;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

/// <summary>The arithmetic of a residence's months and of the nights of housing, free of the database.</summary>
public class OccupancyTests
{
    private static readonly (LocalDate, LocalDate)[] NoStay = [];

    [Fact]
    public void A_stay_across_a_month_boundary_counts_its_nights_in_each_month()
    {
        // Arrives 28 January, leaves 3 February: nights of 28, 29, 30, 31 January and 1, 2 February.
        (LocalDate, LocalDate)[] stay = [(new LocalDate(2027, 1, 28), new LocalDate(2027, 2, 3))];

        Assert.Equal(4, Occupancy.Nights(stay, new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 31)));
        Assert.Equal(2, Occupancy.Nights(stay, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 28)));
        Assert.Equal(6, Occupancy.Nights(stay, new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));
    }

    [Fact]
    public void A_stay_cut_by_the_period_counts_only_the_nights_inside_it()
    {
        (LocalDate, LocalDate)[] stays = [(new LocalDate(2027, 3, 1), new LocalDate(2027, 9, 1)), (new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 10))];

        Assert.Equal(30 + 9, Occupancy.Nights(stays, new LocalDate(2027, 1, 1), new LocalDate(2027, 3, 30)));
        Assert.Equal(0, Occupancy.Nights(stays, new LocalDate(2027, 9, 1), new LocalDate(2027, 9, 30)));
        Assert.Equal(0, Occupancy.Nights(NoStay, new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)));
    }

    [Fact]
    public void Capacity_follows_the_latest_figure_of_each_type_and_a_stay_holds_a_unit_in_each_month_it_has_a_night_in()
    {
        ResidenceCapacity[] capacities =
        [
            new() { UnitType = UnitType.Room, From = new LocalDate(2027, 1, 1), Units = 3 },
            new() { UnitType = UnitType.Room, From = new LocalDate(2027, 6, 1), Units = 5 },
            new() { UnitType = UnitType.Studio, From = new LocalDate(2027, 3, 1), Units = 2 },
        ];
        Occupancy.Stay[] stays =
        [
            new(UnitType.Room, new LocalDate(2027, 1, 31), new LocalDate(2027, 3, 1), Occupancy.Stage.Occupied),
            new(UnitType.Studio, new LocalDate(2027, 2, 15), new LocalDate(2027, 4, 15), Occupancy.Stage.Offered),
            new(UnitType.Room, new LocalDate(2027, 2, 1), new LocalDate(2027, 2, 20), Occupancy.Stage.Requested),
        ];

        var months = Occupancy.Calendar(capacities, stays, new YearMonth(2027, 1), new YearMonth(2027, 6));

        Assert.Equal(
            [(3, 0, 0, 1), (3, 1, 1, 1), (5, 0, 1, 0), (5, 0, 1, 0), (5, 0, 0, 0), (7, 0, 0, 0)],
            months.Select(m => (m.Capacity, m.Requested, m.Offered, m.Occupied)));
    }

    [Fact]
    public void An_offer_is_over_capacity_in_the_first_month_whose_units_of_its_type_are_all_held()
    {
        ResidenceCapacity[] capacities = [new() { UnitType = UnitType.Room, From = new LocalDate(2027, 1, 1), Units = 1 }];
        Occupancy.Stay[] held = [new(UnitType.Room, new LocalDate(2027, 5, 20), new LocalDate(2027, 6, 1), Occupancy.Stage.Offered)];

        Assert.Equal(new YearMonth(2027, 5), Occupancy.FirstMonthOverCapacity(capacities, held,
            new Occupancy.Stay(UnitType.Room, new LocalDate(2027, 3, 1), new LocalDate(2027, 8, 1), Occupancy.Stage.Offered)));
        // Leaving on 1 May, before the month the other stay holds, fits.
        Assert.Null(Occupancy.FirstMonthOverCapacity(capacities, held,
            new Occupancy.Stay(UnitType.Room, new LocalDate(2027, 3, 1), new LocalDate(2027, 5, 1), Occupancy.Stage.Offered)));
        Assert.Equal(new YearMonth(2027, 3), Occupancy.FirstMonthOverCapacity(capacities, held,
            new Occupancy.Stay(UnitType.Studio, new LocalDate(2027, 3, 1), new LocalDate(2027, 4, 1), Occupancy.Stage.Offered)));
    }
}
