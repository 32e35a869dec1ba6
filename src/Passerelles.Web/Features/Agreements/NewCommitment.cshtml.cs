namespace Passerelles.Web.Features.Agreements;

/// <summary>The model of the shared commitment fields.</summary>
public sealed record CommitmentFields(CommitmentForm Input, CommitmentContext Context);

/// <summary>Adds a commitment extracted from one of the agreement's articles.</summary>
public sealed class NewCommitmentModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CommitmentForm Input { get; set; } = new();
    public CommitmentContext Context { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? article)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.ArticleKey = article;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.Validate(Context, ModelState, t);
        if (!ModelState.IsValid) return Page();
        var commitment = new Commitment { AgreementId = id };
        Input.ApplyTo(commitment);
        db.Commitments.Add(commitment);
        AgreementFile.Record(db, id, AgreementEventKind.CommitmentAdded, Context.File.CurrentNumber, User.UserId(), CommitmentContext.Now(clock), commitment.What);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The commitment was added."].Value;
        return Redirect($"/agreements/{id}/commitments");
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        if (!context.CanManage) return Forbid();
        Context = context;
        return null;
    }
}
