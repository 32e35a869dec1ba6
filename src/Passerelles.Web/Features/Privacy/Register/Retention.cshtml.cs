namespace Passerelles.Web.Features.Privacy.Register;

/// <summary>A dry run of the retention job for the organisations whose privacy the person answers for: how many records
/// of each kind the next run would destroy or anonymise, and nothing of what they hold. Changes nothing.</summary>
public sealed class RetentionModel(AppDbContext db, CurrentActor actors, RetentionJob retention) : PageModel
{
    public IReadOnlyList<RetentionJob.Purge> Purges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = await actors.GetAsync();
        if (!await db.KeepsAnyRegisterAsync(actor)) return Forbid();
        var duties = actor.IsNetworkAdministrator ? null : await db.PrivacyDutiesAsync(actor, cancellationToken);
        Purges = (await retention.PreviewAsync(duties, cancellationToken)).OrderBy(p => p.Controller).ThenBy(p => p.Kind).ToList();
        return Page();
    }
}
