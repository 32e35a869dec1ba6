using Microsoft.Extensions.Logging;
using NodaTime;
using Passerelles.Web.Infrastructure.Time;

namespace Passerelles.Tests.Infrastructure;

public sealed class TimeZonesTests
{
    [Fact]
    public void An_unknown_zone_falls_back_to_the_given_zone_and_is_logged()
    {
        var logger = new ListLogger();

        var zone = TimeZones.GetOr("Mars/Olympus_Mons", TimeZones.France, logger);

        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.France], zone);
        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Equal("Unknown time zone Mars/Olympus_Mons: Europe/Paris is used instead.", message);
    }

    [Fact]
    public void An_unknown_zone_falls_back_each_time_it_is_met_and_is_logged_each_time()
    {
        var logger = new ListLogger();

        var first = TimeZones.GetOr("America/Atlantis", TimeZones.Quebec, logger);
        var second = TimeZones.GetOr("america/atlantis", TimeZones.Quebec, logger);

        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.Quebec], first);
        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.Quebec], second);
        Assert.Equal(
            ["Unknown time zone America/Atlantis: America/Toronto is used instead.", "Unknown time zone america/atlantis: America/Toronto is used instead."],
            logger.Entries.Select(e => e.Message));
        Assert.Null(TimeZones.Canonical("America/Atlantis"));
        Assert.Equal("Europe/Paris", TimeZones.Canonical("EUROPE/PARIS"));
    }

    [Fact]
    public void A_missing_zone_falls_back_without_a_warning()
    {
        var logger = new ListLogger();

        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.Quebec], TimeZones.GetOr("", TimeZones.Quebec, logger));
        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.Quebec], TimeZones.GetOr(null, TimeZones.Quebec, logger));
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void A_known_zone_or_alias_is_used_as_it_is()
    {
        var logger = new ListLogger();

        Assert.Equal(DateTimeZoneProviders.Tzdb["Europe/Brussels"], TimeZones.GetOr("europe/brussels", TimeZones.Quebec, logger));
        Assert.Equal(DateTimeZoneProviders.Tzdb[TimeZones.Quebec], TimeZones.GetOr("America/Montreal", TimeZones.France, logger));
        Assert.Empty(logger.Entries);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
