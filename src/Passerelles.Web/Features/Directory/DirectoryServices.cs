using Passerelles.Web.Features.Directory.Import;

namespace Passerelles.Web.Features.Directory;

public static class DirectoryServices
{
    public static void AddDirectory(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddSingleton<ImportProgress>();
        builder.Services.AddScoped<ImportRunner>();
        builder.Services.AddHostedService<ImportWorker>();
        // An import file is larger than a form; its pages set the same limit.
        builder.Services.Configure<RequestBodyLimits>(o => o.Allow(path => path.StartsWithSegments("/directory/import"), ImportFile.MaxRequestBytes));
    }
}
