using NodaTime;
using Passerelles.Web.Features.Indicators;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Indicators;

public sealed class ReportingPeriodTests
{
    private static readonly ReportingPeriod Fallback = ReportingPeriod.QuebecFiscalYear(2025);

    [Fact]
    public void The_Québec_fiscal_year_runs_from_1_April_to_31_March()
    {
        Assert.Equal(ReportingPeriod.QuebecFiscalYear(2022), ReportingPeriod.QuebecFiscalYearOf(new LocalDate(2023, 3, 31)));
        Assert.Equal(ReportingPeriod.QuebecFiscalYear(2023), ReportingPeriod.QuebecFiscalYearOf(new LocalDate(2023, 4, 1)));
        var year = ReportingPeriod.QuebecFiscalYear(2023);
        Assert.Equal((new LocalDate(2023, 4, 1), new LocalDate(2024, 3, 31), "2023-2024"), (year.From, year.To, year.Name));
        Assert.Equal(366, year.Days);
    }

    [Fact]
    public void Each_side_reports_on_its_own_year_by_default()
    {
        var today = new LocalDate(2026, 3, 10);
        Assert.Equal(ReportingPeriod.QuebecFiscalYear(2025), ReportingPeriod.DefaultFor(Side.Quebec, today));
        Assert.Equal(ReportingPeriod.CalendarYear(2026), ReportingPeriod.DefaultFor(Side.France, today));
    }

    [Fact]
    public void A_fiscal_year_has_four_quarters_from_April_and_a_custom_period_stops_its_last_quarter_at_its_end()
    {
        var quarters = ReportingPeriod.QuebecFiscalYear(2023).Quarters();
        Assert.Equal(
            [(new LocalDate(2023, 4, 1), new LocalDate(2023, 6, 30)), (new LocalDate(2023, 7, 1), new LocalDate(2023, 9, 30)),
             (new LocalDate(2023, 10, 1), new LocalDate(2023, 12, 31)), (new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31))],
            quarters.Select(q => (q.From, q.To)));
        var custom = ReportingPeriod.Custom(new LocalDate(2024, 1, 31), new LocalDate(2024, 5, 15)).Quarters();
        Assert.Equal([(new LocalDate(2024, 1, 31), new LocalDate(2024, 4, 29)), (new LocalDate(2024, 4, 30), new LocalDate(2024, 5, 15))],
            custom.Select(q => (q.From, q.To)));
    }

    [Theory]
    [InlineData("qc-2023", null, null, null, "fiscal=qc-2023")]
    [InlineData(null, "2023", null, null, "year=2023")]
    [InlineData(null, null, "2023-02-01", "2023-02-28", "from=2023-02-01&to=2023-02-28")]
    [InlineData(null, null, null, null, "fiscal=qc-2025")]
    public void A_period_is_read_from_the_query_string_and_written_back(string? fiscal, string? year, string? from, string? to, string query)
    {
        var (period, problems) = ReportingPeriod.Read(fiscal, year, from, to, Fallback);

        Assert.Empty(problems);
        Assert.Equal(query, period!.Query);
    }

    [Theory]
    [InlineData("2023", null, null, null, "fiscal", "Choose a fiscal year written qc-2023, for 1 April 2023 to 31 March 2024.")]
    [InlineData(null, "20x3", null, null, "year", "Choose a year between 1900 and 2199.")]
    [InlineData(null, null, "2023-02-30", "2023-03-01", "from", "Choose a date between 1900 and 2199.")]
    [InlineData(null, null, "2023-02-01", "9999-12-31", "to", "Choose a date between 1900 and 2199.")]
    [InlineData(null, null, "2023-03-01", "2023-02-01", "to", "The end of the period comes after its start.")]
    [InlineData(null, null, "2023-03-01", null, "to", "Give both dates of the period.")]
    [InlineData(null, null, "2020-01-01", "2023-12-31", "to", "Choose a period of at most three years.")]
    public void A_wrong_period_is_refused_on_its_field(string? fiscal, string? year, string? from, string? to, string field, string message)
    {
        var (period, problems) = ReportingPeriod.Read(fiscal, year, from, to, Fallback);

        Assert.Null(period);
        Assert.Equal([(field, message)], problems);
    }
}
