namespace Passerelles.Web.Infrastructure.Time;

/// <summary>
/// The dates a form accepts: from 1900 to 2199. Outside that range, date arithmetic and time-zone conversion overflow
/// (0001-01-01 minus a day, 9999-12-31 in a zone east of UTC) and calendars and reports have no use for them. Put it on
/// every bound date (<see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="LocalDate"/>, <see cref="LocalDateTime"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateInRangeAttribute : ValidationAttribute
{
    public static readonly LocalDate Earliest = new(1900, 1, 1);
    public static readonly LocalDate Latest = new(2199, 12, 31);

    // Set as ErrorMessage (not through the base constructor) so that the page localises it.
    public DateInRangeAttribute() => ErrorMessage = "Choose a date between 1900 and 2199.";

    public static bool Contains(LocalDate date) => date >= Earliest && date <= Latest;

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        DateOnly date => Contains(LocalDate.FromDateOnly(date)),
        DateTime dateTime => Contains(LocalDate.FromDateTime(dateTime)),
        LocalDate date => Contains(date),
        LocalDateTime dateTime => Contains(dateTime.Date),
        _ => throw new InvalidOperationException($"{nameof(DateInRangeAttribute)} does not apply to {value.GetType().Name}."),
    };
}
