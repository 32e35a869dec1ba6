namespace Passerelles.Web.Features.Circles;

/// <summary>When a person works, in their own zone (the time zone of their preferences): the window the slot finder
/// proposes meetings in. Without a row, 09:00–17:00 Monday to Friday.</summary>
public class WorkingHours
{
    public Guid UserId { get; set; }
    public LocalTime Starts { get; set; }
    public LocalTime Ends { get; set; }

    /// <summary>The working days, one bit per ISO day (Monday = bit 1 … Sunday = bit 7).</summary>
    public int Days { get; set; }

    public SlotFinder.WorkingWindow Window => new(Starts, Ends, Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && (Days & (1 << (int)d)) != 0).ToHashSet());

    public static int DaysOf(IEnumerable<IsoDayOfWeek> days) => days.Aggregate(0, (mask, day) => mask | (1 << (int)day));
}

public sealed class WorkingHoursConfiguration : IEntityTypeConfiguration<WorkingHours>
{
    public void Configure(EntityTypeBuilder<WorkingHours> builder)
    {
        builder.HasKey(w => w.UserId);
        builder.Property(w => w.Starts).HasConversion(t => t.ToTimeOnly(), t => LocalTime.FromTimeOnly(t));
        builder.Property(w => w.Ends).HasConversion(t => t.ToTimeOnly(), t => LocalTime.FromTimeOnly(t));
        builder.Ignore(w => w.Window);
        builder.HasOne<AppUser>().WithOne().HasForeignKey<WorkingHours>(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
