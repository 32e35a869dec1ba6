namespace Passerelles.Testing;

/// <summary>Finds the repository's files from a running test, for tests that read the source (resources, pages).</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Passerelles.Web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Passerelles.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Passerelles.slnx not found above the test assembly.");
    }
}
