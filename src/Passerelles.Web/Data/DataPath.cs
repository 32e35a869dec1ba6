namespace Passerelles.Web.Data;

/// <summary>The folder where Passerelles keeps its files: the SQLite database, data-protection keys and, in
/// Development, outgoing mail. Passerelles:DataPath, absolute or relative to the content root; App_Data by default.</summary>
public static class DataPath
{
    public static string Of(WebApplicationBuilder builder) =>
        Resolve(builder.Configuration, builder.Environment.ContentRootPath);

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Passerelles:DataPath"];
        var path = Path.Combine(contentRoot, string.IsNullOrWhiteSpace(configured) ? "App_Data" : configured);
        Directory.CreateDirectory(path);
        return path;
    }
}
