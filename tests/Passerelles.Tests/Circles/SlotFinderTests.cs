using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Circles;

public sealed class SlotFinderTests
{
    private static SlotFinder.Participant Person(string name, Side side, string zone, params Interval[] busy) =>
        new(Guid.NewGuid(), name, side, zone, SlotFinder.WorkingWindow.Default, busy);

    private static readonly SlotFinder.Participant Montreal = Person("Julie", Side.Quebec, "America/Toronto");
    private static readonly SlotFinder.Participant Paris = Person("Pierre", Side.France, "Europe/Paris");

    private static LocalTime LocalTime(Instant at, string zone) => at.InZone(DateTimeZoneProviders.Tzdb[zone]).TimeOfDay;

    [Fact]
    public void Most_weeks_an_hour_fits_between_09_00_and_11_00_in_Montreal_which_is_15_00_to_17_00_in_Paris()
    {
        var slots = SlotFinder.Find([Montreal, Paris], Instant.FromUtc(2026, 2, 2, 0, 0), 1, 60, null, limit: 1000);

        var everyone = slots.Where(s => s.Available == 2).ToList();
        Assert.Equal(5 * 5, everyone.Count);
        Assert.All(everyone, s => Assert.InRange(LocalTime(s.StartsAt, "America/Toronto"), new LocalTime(9, 0), new LocalTime(10, 0)));
        Assert.All(everyone, s => Assert.InRange(LocalTime(s.StartsAt, "Europe/Paris"), new LocalTime(15, 0), new LocalTime(16, 0)));
        Assert.All(everyone, s => Assert.Equal(0, s.StartsAt.InUtc().Minute % 15));
        Assert.DoesNotContain(slots, s => s.StartsAt.InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void In_an_offset_week_the_common_hours_run_to_11_00_in_Montreal()
    {
        var slots = SlotFinder.Find([Montreal, Paris], Instant.FromUtc(2026, 3, 16, 0, 0), 1, 60, null, limit: 1000);

        var starts = slots.Where(s => s.Available == 2).Select(s => LocalTime(s.StartsAt, "America/Toronto")).ToList();
        Assert.Equal(new LocalTime(9, 0), starts.Min());
        Assert.Equal(new LocalTime(11, 0), starts.Max());
        Assert.Equal(5 * 9, starts.Count);
    }

    [Fact]
    public void A_participant_in_Dakar_narrows_the_common_hours_to_14_00_to_16_00_UTC()
    {
        var dakar = Person("Awa", Side.France, "Africa/Dakar");

        var slots = SlotFinder.Find([Montreal, Paris, dakar], Instant.FromUtc(2026, 3, 2, 0, 0), 1, 60, null, limit: 1000);

        var everyone = slots.Where(s => s.Available == 3).ToList();
        Assert.Equal(5 * 5, everyone.Count);
        Assert.All(everyone, s => Assert.InRange(s.StartsAt.InUtc().TimeOfDay, new LocalTime(14, 0), new LocalTime(15, 0)));
    }

    [Fact]
    public void A_busy_time_rules_out_the_slots_it_overlaps_and_names_who_cannot_come()
    {
        var busy = new Interval(Instant.FromUtc(2026, 2, 3, 14, 0), Instant.FromUtc(2026, 2, 3, 14, 30));
        var pierre = Person("Pierre", Side.France, "Europe/Paris", busy);

        var slots = SlotFinder.Find([Montreal, pierre], Instant.FromUtc(2026, 2, 3, 0, 0), 1, 60, null, limit: 1000);

        var tuesday = slots.Where(s => s.StartsAt.InUtc().Date == new LocalDate(2026, 2, 3)).ToList();
        Assert.Equal([Instant.FromUtc(2026, 2, 3, 14, 30), Instant.FromUtc(2026, 2, 3, 14, 45), Instant.FromUtc(2026, 2, 3, 15, 0)],
            tuesday.Where(s => s.Available == 2).Select(s => s.StartsAt).Order());
        Assert.Contains(tuesday, s => s.StartsAt == Instant.FromUtc(2026, 2, 3, 14, 0) && s.Unavailable.SequenceEqual(["Pierre"]));
    }

    [Fact]
    public void The_side_that_did_not_carry_the_inconvenient_hour_last_time_carries_it_now()
    {
        var from = Instant.FromUtc(2026, 2, 2, 0, 0);

        var afterFrance = SlotFinder.Find([Montreal, Paris], from, 1, 60, Side.France);
        var afterQuebec = SlotFinder.Find([Montreal, Paris], from, 1, 60, Side.Quebec);

        Assert.Equal(Side.Quebec, afterFrance[0].Burdened);
        Assert.True(afterFrance[0].BurdenRotates);
        Assert.Equal(Side.France, afterQuebec[0].Burdened);
        // 09:00 Montréal is early for Québec; 16:00 Paris is late for France.
        Assert.Equal(Side.Quebec, SlotFinder.Burden(Instant.FromUtc(2026, 2, 3, 14, 0), 60).Burdened);
        Assert.Equal(Side.France, SlotFinder.Burden(Instant.FromUtc(2026, 2, 3, 15, 0), 60).Burdened);
    }

    [Fact]
    public void Slots_are_ranked_by_how_many_can_attend()
    {
        var busy = new Interval(Instant.FromUtc(2026, 2, 2, 0, 0), Instant.FromUtc(2026, 2, 5, 0, 0));
        var amaia = Person("Amaia", Side.France, "Europe/Paris", busy);

        var slots = SlotFinder.Find([Montreal, Paris, amaia], Instant.FromUtc(2026, 2, 2, 0, 0), 1, 60, null, limit: 1000);

        Assert.Equal(slots.Select(s => s.Available).OrderByDescending(a => a), slots.Select(s => s.Available));
        Assert.Equal(3, slots[0].Available);
        Assert.True(slots[0].StartsAt >= Instant.FromUtc(2026, 2, 5, 0, 0));
    }
}
