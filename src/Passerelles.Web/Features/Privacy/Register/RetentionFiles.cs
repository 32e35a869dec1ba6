namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>What a retention rule returns to delete its records' stored files once the job's transaction commits.</summary>
public static class RetentionFiles
{
    /// <summary>Deletes each of <paramref name="storedNames"/> through <paramref name="delete"/>; null when there is none.</summary>
    public static Func<Task>? AfterCommit(IReadOnlyCollection<string?> storedNames, Func<string, Task> delete) =>
        storedNames.Count == 0 ? null : async () =>
        {
            foreach (var name in storedNames.OfType<string>()) await delete(name);
        };
}
