using Microsoft.Extensions.Options;
using MimeKit;

namespace Passerelles.Web.Infrastructure.Email;

/// <summary>Development delivery: each message becomes an .eml file that the development mail page lists.</summary>
public sealed class PickupDirectoryMailer(IOptions<EmailOptions> options, IWebHostEnvironment environment, IConfiguration configuration, TimeProvider clock)
    : IMailer
{
    public string Directory => Path.Combine(DataPath.Resolve(configuration, environment.ContentRootPath), options.Value.PickupDirectory);

    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var message = MimeMessages.Build(email, options.Value.From);
        message.Date = clock.GetUtcNow();
        var name = $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Directory, name), cancellationToken);
    }

    public IReadOnlyList<(string Id, MimeMessage Message)> Recent(int count) =>
        !System.IO.Directory.Exists(Directory)
            ? []
            : new DirectoryInfo(Directory).GetFiles("*.eml")
                .OrderByDescending(f => f.Name, StringComparer.Ordinal)
                .Take(count)
                .Select(f => (Path.GetFileNameWithoutExtension(f.Name), MimeMessage.Load(f.FullName)))
                .ToList();

    public MimeMessage? Find(string id)
    {
        if (id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-')) return null;
        var path = Path.Combine(Directory, id + ".eml");
        return File.Exists(path) ? MimeMessage.Load(path) : null;
    }
}
