namespace Passerelles.Web.Features.Coaching;

/// <summary>Turns the date and time the organiser typed, in their zone, into an instant. Around a change of clocks a
/// local time may not exist (the hour skipped in spring) or exist twice (the hour repeated in autumn): both are
/// refused with a message rather than guessed.</summary>
public static class SessionTime
{
    public const string Skipped = "This time does not exist on that day in this time zone: the clocks go forward. Choose another time.";
    public const string Repeated = "This time occurs twice on that day in this time zone: the clocks go back. Choose another time.";

    public sealed record Result(Instant? At, string? Problem);

    public static Result Resolve(LocalDate date, LocalTime time, string zoneId)
    {
        var mapping = TimeZones.Get(zoneId).MapLocal(date + time);
        return mapping.Count switch
        {
            0 => new Result(null, Skipped),
            1 => new Result(mapping.Single().ToInstant(), null),
            _ => new Result(null, Repeated),
        };
    }

    /// <summary>The organiser's date and time of an instant, to fill the form again.</summary>
    public static LocalDateTime Local(Instant at, string zoneId) => at.InZone(TimeZones.Get(zoneId)).LocalDateTime;
}
