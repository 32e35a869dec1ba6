using NodaTime;
using Passerelles.Web.Features.Mobility;

namespace Passerelles.Tests.Mobility;

public class EligibilityTests
{
    private static readonly MobilityProgramme Lojiq = new()
    {
        Name = "Stages LOJIQ", MinimumAge = 18, MaximumAge = 35, MinimumMonths = 3, MaximumMonths = 6,
        ResidenceCondition = "Citoyenneté canadienne ou résidence permanente, au Québec depuis au moins un an",
    };

    [Fact]
    public void Age_is_counted_at_the_start_date_not_today()
    {
        // 35 on the day before the start, 36 on the start date itself.
        var birth = new LocalDate(1991, 9, 1);
        var eligibility = Eligibility.Of(Lojiq, birth, declaresResidence: true, startsOn: new LocalDate(2027, 9, 1));

        Assert.Equal(36, eligibility.AgeAtStart);
        Assert.Equal([Eligibility.TooOld], eligibility.Problems);
        Assert.True(Eligibility.Of(Lojiq, birth, true, new LocalDate(2027, 8, 31)).IsEligible);
    }

    [Fact]
    public void A_person_born_on_29_February_is_a_year_older_on_1_March_of_a_common_year()
    {
        Assert.Equal(17, Eligibility.AgeOn(new LocalDate(2008, 2, 29), new LocalDate(2026, 2, 28)));
        Assert.Equal(18, Eligibility.AgeOn(new LocalDate(2008, 2, 29), new LocalDate(2026, 3, 1)));
    }

    [Fact]
    public void An_undeclared_residence_and_a_young_age_are_both_explained()
    {
        var eligibility = Eligibility.Of(Lojiq, new LocalDate(2010, 1, 1), declaresResidence: false, startsOn: new LocalDate(2027, 1, 1));

        Assert.Equal([Eligibility.TooYoung, Eligibility.ResidenceNotDeclared], eligibility.Problems);
        Assert.False(eligibility.IsEligible);
    }

    [Theory]
    [InlineData("2027-03-15", "2027-09-14", null)]
    [InlineData("2027-03-15", "2027-09-15", "The stay is longer than the programme allows.")]
    [InlineData("2027-03-15", "2027-06-14", null)]
    [InlineData("2027-03-15", "2027-06-13", "The stay is shorter than the programme requires.")]
    [InlineData("2027-03-15", "2027-03-14", "The placement cannot end before it starts.")]
    public void A_stay_is_measured_in_calendar_months(string start, string end, string? problem)
    {
        var pattern = NodaTime.Text.LocalDatePattern.Iso;
        Assert.Equal(problem, Placement.DatesProblem(pattern.Parse(start).Value, pattern.Parse(end).Value, Lojiq));
    }
}
