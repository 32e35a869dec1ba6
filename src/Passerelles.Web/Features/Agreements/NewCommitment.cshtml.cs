
namespace Passerelles.Web.Features.Agreements;

/// <summary>The model of the shared commitment fields.</summary>
public sealed record CommitmentFields(CommitmentForm Input, CommitmentContext Context, Picker Person)
{
    /// <summary>The picker of the person answering for the commitment, searched among the members of the parties.</summary>
    public static Task<Picker> PersonAsync(PageModel page, PeoplePicks picks, IStringLocalizer t, Guid agreementId, CommitmentForm input) =>
        picks.PickerAsync(page, new PeopleContext(Agreement: agreementId), $"Input.{nameof(CommitmentForm.PersonId)}", t["Person responsible (optional)"],
            input.PersonId, none: t["Nobody in particular"], hint: t["Without a named person, the party's administrators receive the reminders."]);
}

/// <summary>Adds a commitment extracted from one of the agreement's articles.</summary>
public sealed class NewCommitmentModel(AppDbContext db, CurrentActor actors, PeoplePicks picks, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    [BindProperty] public CommitmentForm Input { get; set; } = new();
    public CommitmentContext Context { get; private set; } = null!;
    public Picker Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? article)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        Input.ArticleKey = article;
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (this.IsSearchStep()) return await ShowAsync(id);
        Input.Validate(Context, ModelState, t);
        if (!ModelState.IsValid) return await ShowAsync(id);
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

    private async Task<IActionResult> ShowAsync(Guid id)
    {
        Person = await CommitmentFields.PersonAsync(this, picks, t, id, Input);
        return Page();
    }
}
