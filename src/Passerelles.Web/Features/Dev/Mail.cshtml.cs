namespace Passerelles.Web.Features.Dev;

/// <summary>Development only: the e-mail Passerelles would have sent, so a newcomer can follow an invitation or a
/// password-reset link without a mail server. Those links open any account, so the page is for network administrators
/// only; for anyone else signed in it does not exist (404), as outside Development, and visitors are asked to sign in.</summary>
public sealed class MailModel(IWebHostEnvironment environment, IServiceProvider services, CurrentActor actors) : PageModel
{
    public sealed record Row(string Id, string To, string Subject, DateTimeOffset Date);
    public sealed record Message(string To, string Subject, DateTimeOffset Date, string Text);

    public IReadOnlyList<Row> Messages { get; private set; } = [];
    public Message? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (!(await actors.GetAsync()).IsNetworkAdministrator) return NotFound();
        if (!environment.IsDevelopment() || services.GetService<PickupDirectoryMailer>() is not { } mailer) return NotFound();
        Messages = mailer.Recent(100)
            .Select(m => new Row(m.Id, m.Message.To.ToString(), m.Message.Subject ?? "", m.Message.Date))
            .ToList();
        if (id is not null)
        {
            if (mailer.Find(id) is not { } found) return NotFound();
            Selected = new Message(found.To.ToString(), found.Subject ?? "", found.Date, found.TextBody ?? "");
        }
        return Page();
    }
}
