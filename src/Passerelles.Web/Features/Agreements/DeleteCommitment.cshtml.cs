namespace Passerelles.Web.Features.Agreements;

/// <summary>Deletes a commitment recorded by mistake, after confirmation. The audit trail keeps a line saying so.</summary>
public sealed class DeleteCommitmentModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public CommitmentContext Context { get; private set; } = null!;
    public Guid CommitmentId { get; private set; }
    public string What { get; private set; } = "";
    public string Party { get; private set; } = "";
    public int DoneCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid commitmentId) => await LoadAsync(id, commitmentId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid commitmentId)
    {
        if (await LoadAsync(id, commitmentId) is { } refused) return refused;
        // The completions go with it (the database cascades): they are history of this commitment only. The deletion
        // and its line in the audit trail are saved together.
        db.Commitments.Remove(await db.Commitments.SingleAsync(c => c.Id == commitmentId));
        AgreementFile.Record(db, id, AgreementEventKind.CommitmentDeleted, Context.File.CurrentNumber, User.UserId(), CommitmentContext.Now(clock), What);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The commitment was deleted."].Value;
        return Redirect($"/agreements/{id}/commitments");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid commitmentId)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId && c.AgreementId == id)
            .Select(c => new { c.What, Party = c.Party.Organisation.Name, Done = c.Completions.Count }).SingleOrDefaultAsync();
        if (commitment is null) return NotFound();
        if (!context.CanManage) return Forbid();
        (Context, CommitmentId, What, Party, DoneCount) = (context, commitmentId, commitment.What, commitment.Party, commitment.Done);
        return null;
    }
}
