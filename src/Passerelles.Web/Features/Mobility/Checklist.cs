using System.Security.Cryptography;

namespace Passerelles.Web.Features.Mobility;

public enum ChecklistItemKind { Agreement, Visa, Travel, Insurance, Session, EmergencyContact }

/// <summary>One step of a placement's departure checklist, due a number of days before departure
/// (<see cref="DepartureChecklist"/>); ticked by whoever did it, and when. Its student is reminded once as it comes due
/// (<see cref="ChecklistReminders"/>).</summary>
public class ChecklistItem
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PlacementId { get; set; }
    public ChecklistItemKind Kind { get; set; }
    public LocalDate DueOn { get; set; }
    public Instant? DoneAt { get; set; }
    public Guid? DoneById { get; set; }
    public AppUser? DoneBy { get; set; }

    public bool IsOverdue(LocalDate today) => DoneAt is null && DueOn < today;

    public void Tick(Guid by, Instant at)
    {
        if (DoneAt is not null) return;
        DoneAt = at;
        DoneById = by;
    }

    /// <summary>Done by no one in particular: the agreements engine ticks the agreement item when its last party signs.</summary>
    public void RecordSigned(Instant at)
    {
        DoneAt = at;
        DoneById = null;
    }

    public void Untick()
    {
        DoneAt = null;
        DoneById = null;
    }
}

/// <summary>The departure checklist every placement has: its items and how many days before departure each is due,
/// defined here once.</summary>
public static class DepartureChecklist
{
    public static readonly IReadOnlyList<(ChecklistItemKind Kind, int DaysBefore)> Items =
    [
        (ChecklistItemKind.Agreement, 75), (ChecklistItemKind.Visa, 60), (ChecklistItemKind.Travel, 45),
        (ChecklistItemKind.Insurance, 30), (ChecklistItemKind.Session, 14), (ChecklistItemKind.EmergencyContact, 7),
    ];

    /// <summary>The items the student may tick themselves; the others are the coordinators'.</summary>
    public static bool StudentTicks(ChecklistItemKind kind) => kind is ChecklistItemKind.Travel or ChecklistItemKind.EmergencyContact;

    public static IEnumerable<ChecklistItem> For(Placement placement) =>
        Items.Select(i => new ChecklistItem
        {
            Id = ItemId(placement.Id, i.Kind), PlacementId = placement.Id, Kind = i.Kind, DueOn = placement.StartsOn.PlusDays(-i.DaysBefore),
        });

    /// <summary>An item's id follows from its placement and kind, so that two requests creating the same checklist at once
    /// insert the same keys in the same order: the second waits for the first and is refused by the key, where random ids
    /// in different orders would lock each other (PostgreSQL reports a deadlock).</summary>
    public static Guid ItemId(Guid placementId, ChecklistItemKind kind)
    {
        Span<byte> name = stackalloc byte[17];
        placementId.TryWriteBytes(name);
        name[16] = (byte)kind;
        return new Guid(SHA256.HashData(name)[..16]);
    }

    /// <summary>The label of an item, a key of the UI strings.</summary>
    public static string Label(ChecklistItemKind kind) => kind switch
    {
        ChecklistItemKind.Agreement => "Tripartite internship agreement signed",
        ChecklistItemKind.Visa => "Visa or permit obtained",
        ChecklistItemKind.Travel => "Travel booked",
        ChecklistItemKind.Insurance => "Insurance taken out",
        ChecklistItemKind.Session => "Pre-departure session attended",
        _ => "Emergency contact given",
    };

    /// <summary>A short label for the board's column headers.</summary>
    public static string Short(ChecklistItemKind kind) => kind switch
    {
        ChecklistItemKind.Agreement => "Agreement",
        ChecklistItemKind.Visa => "Visa",
        ChecklistItemKind.Travel => "Travel",
        ChecklistItemKind.Insurance => "Insurance",
        ChecklistItemKind.Session => "Session",
        _ => "Emergency contact",
    };

    /// <summary>Creates the checklist of a placement that has none yet (a placement made before checklists, or just
    /// made); a second request doing the same at the same moment is told apart by the unique key. A placement anonymised
    /// at the end of its retention period (<see cref="PlacementRetention"/>) lost its checklist for good.</summary>
    public static async Task EnsureAsync(AppDbContext db, Placement placement)
    {
        if (placement.StudentId is null || await db.ChecklistItems.AnyAsync(i => i.PlacementId == placement.Id)) return;
        var items = For(placement).ToList();
        db.ChecklistItems.AddRange(items);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            foreach (var item in items) db.Entry(item).State = EntityState.Detached;
        }
    }
}

/// <summary>The reminder of a checklist item, claimed before its e-mail goes (<see cref="Circles.OnceOnly"/>).</summary>
public class SentChecklistReminder
{
    public Guid ItemId { get; set; }
    public Instant ClaimedAt { get; set; }
}

public sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.HasOne<Placement>().WithMany().HasForeignKey(i => i.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.DoneBy).WithMany().HasForeignKey(i => i.DoneById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.PlacementId, i.Kind }).IsUnique();
        builder.HasIndex(i => new { i.DoneAt, i.DueOn });
    }
}

public sealed class SentChecklistReminderConfiguration : IEntityTypeConfiguration<SentChecklistReminder>
{
    public void Configure(EntityTypeBuilder<SentChecklistReminder> builder)
    {
        builder.HasKey(r => r.ItemId);
        builder.HasOne<ChecklistItem>().WithOne().HasForeignKey<SentChecklistReminder>(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
