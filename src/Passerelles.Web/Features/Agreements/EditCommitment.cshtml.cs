
namespace Passerelles.Web.Features.Agreements;

/// <summary>Changes a commitment. Occurrences already marked done stay done.</summary>
public sealed class EditCommitmentModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CommitmentForm Input { get; set; } = new();
    public CommitmentContext Context { get; private set; } = null!;
    public Picker Person { get; private set; } = null!;
    public Guid CommitmentId { get; private set; }
    private Commitment _commitment = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid commitmentId)
    {
        if (await LoadAsync(id, commitmentId) is { } refused) return refused;
        Input = CommitmentForm.From(_commitment);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid commitmentId)
    {
        if (await LoadAsync(id, commitmentId) is { } refused) return refused;
        if (this.IsSearchStep()) return await ShowAsync(id);
        // A commitment on an article removed since keeps its article.
        var article = Input.ArticleKey;
        if (article == _commitment.ArticleKey && Context.Articles.All(a => a.Key != article)) Input.ArticleKey = null;
        Input.Validate(Context, ModelState, t);
        Input.ArticleKey = article;
        if (!ModelState.IsValid) return await ShowAsync(id);
        Input.ApplyTo(_commitment);
        AgreementFile.Record(db, id, AgreementEventKind.CommitmentChanged, Context.File.CurrentNumber, User.UserId(), CommitmentContext.Now(clock), _commitment.What);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The commitment was saved."].Value;
        return Redirect($"/agreements/{id}/commitments");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid commitmentId)
    {
        if (await CommitmentContext.LoadAsync(db, await actors.GetAsync(), id, t) is not { } context) return NotFound();
        if (await db.Commitments.SingleOrDefaultAsync(c => c.Id == commitmentId && c.AgreementId == id) is not { } commitment) return NotFound();
        if (!context.CanManage) return Forbid();
        (Context, CommitmentId, _commitment) = (context, commitmentId, commitment);
        return null;
    }

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        Person = await CommitmentFields.PersonAsync(this, picks, t, id, Input);
        return Page();
    }
}
