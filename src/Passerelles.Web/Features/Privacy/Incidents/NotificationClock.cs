namespace Passerelles.Web.Features.Privacy.Incidents;

/// <summary>Where an incident stands with the authority. Under the GDPR (a controller on the France side) the CNIL is
/// notified within 72 hours of awareness, unless the analysis finds no risk and says why; the clock runs until one of
/// the two is recorded. Québec's law asks the CAI to be notified promptly when there is a risk of serious injury, with
/// no fixed number of hours.</summary>
public sealed record NotificationClock(NotificationClock.State Status, Instant? Deadline, Duration? Remaining)
{
    public enum State { Running, Overdue, Notified, NotifiedLate, NotNotifiedJustified, Prompt }

    public static readonly Duration GdprDelay = Duration.FromHours(72);

    public static NotificationClock For(Side controllerSide, Instant awareAt, Instant? authorityNotifiedAt, string notNotifiedReason, Instant now)
    {
        var deadline = controllerSide == Side.France ? awareAt + GdprDelay : (Instant?)null;
        if (authorityNotifiedAt is { } notified)
            return new(deadline is { } due && notified > due ? State.NotifiedLate : State.Notified, deadline, null);
        if (!string.IsNullOrWhiteSpace(notNotifiedReason)) return new(State.NotNotifiedJustified, deadline, null);
        if (deadline is not { } end) return new(State.Prompt, null, null);
        return end > now ? new(State.Running, end, end - now) : new(State.Overdue, end, now - end);
    }

    /// <summary>Whole hours, rounded up while the clock runs ("3 h left" until the last minute).</summary>
    public int Hours => Status == State.Running && Remaining is { } left ? (int)Math.Ceiling(left.TotalHours) : 0;
}
