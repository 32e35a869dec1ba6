namespace Passerelles.Web.Features.Agreements;

/// <summary>An agreement as the parties negotiate it: the current text with each party's "agreed" marks and the
/// comments on each article, the approvals, the signatures and the audit trail. Until every party has signed, the page
/// says so above the text.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, TimeProvider clock, AgreementNotices notices, IStringLocalizer<Text> t) : PageModel
{
    public sealed class CommentForm
    {
        public Guid ArticleKey { get; set; }

        [Required]
        [StringLength(AgreementComment.BodyMaxLength)]
        [Display(Name = "Your comment (Markdown)")]
        public string? Body { get; set; }
    }

    public sealed record CommentRow(Guid ArticleKey, string Author, string Body, int VersionNumber, Instant PostedAt);

    [BindProperty] public CommentForm Comment { get; set; } = new();

    public AgreementFile AgreementFile { get; private set; } = null!;
    public IReadOnlyList<Guid> DraftingParties { get; private set; } = [];
    public IReadOnlyList<Guid> ApprovingParties { get; private set; } = [];
    public IReadOnlyList<CommentRow> Comments { get; private set; } = [];
    public IReadOnlyList<AgreementFile.TrailLine> Events { get; private set; } = [];
    public string? SigningProblem { get; private set; }
    public bool IsSignatory { get; private set; }

    public bool CanDraft => DraftingParties.Count > 0 && AgreementFile.Agreement.Status != AgreementStatus.Signed;

    /// <summary>Drafters follow the agreement up (commitments, expiry) at every stage, also once signed.</summary>
    public bool CanFollowUp => DraftingParties.Count > 0;

    public LocalDate Today => CommitmentContext.Today(clock);
    public int CommitmentCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (DraftingParties.Count == 0) return Forbid();
        if (AgreementFile.Current?.Articles.All(a => a.Key != Comment.ArticleKey) ?? true) return NotFound();
        if (!ModelState.IsValid) return Page();
        var now = Now;
        db.AgreementComments.Add(new AgreementComment
        {
            AgreementId = id, ArticleKey = Comment.ArticleKey, VersionNumber = AgreementFile.CurrentNumber, AuthorId = User.UserId()!.Value,
            Body = Comment.Body!, PostedAt = now,
        });
        AgreementFile.Record(db, id, AgreementEventKind.Commented, AgreementFile.CurrentNumber, User.UserId(), now,
            AgreementFile.Current.Articles.Single(a => a.Key == Comment.ArticleKey).Heading);
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your comment was added."].Value;
        return Redirect($"/agreements/{id}#article-{Comment.ArticleKey}");
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, Guid article, Guid party)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!DraftingParties.Contains(party) || AgreementFile.Agreement.Status == AgreementStatus.Signed) return Forbid();
        if (AgreementFile.Current?.Articles.SingleOrDefault(a => a.Key == article) is not { } agreed) return NotFound();
        if (!AgreementFile.IsAgreed(party, agreed))
        {
            var now = Now;
            db.ArticleMarks.Add(new ArticleMark
            {
                AgreementId = id, PartyId = party, ArticleKey = article, ArticleSha256 = CanonicalText.ArticleSha256(agreed.Heading, agreed.Body),
                MarkedBy = User.UserId()!.Value, MarkedAt = now,
            });
            var organisation = AgreementFile.Agreement.Parties.Single(p => p.Id == party).Name;
            AgreementFile.Record(db, id, AgreementEventKind.ArticleAgreed, AgreementFile.CurrentNumber, User.UserId(), now, $"{organisation}: {agreed.Heading}");
            await db.SaveChangesAsync();
        }
        return Redirect($"/agreements/{id}#article-{article}");
    }

    public async Task<IActionResult> OnPostSendForApprovalAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!CanDraft) return Forbid();
        if (AgreementFile.Agreement.Status != AgreementStatus.Draft || AgreementFile.Current is not { Articles.Count: > 0 })
        {
            ModelState.AddModelError("", t["Only a draft with at least one article can be sent for approval."]);
            return Page();
        }
        var agreement = await db.Agreements.SingleAsync(a => a.Id == id);
        agreement.Status = AgreementStatus.InApproval;
        AgreementFile.Record(db, id, AgreementEventKind.SentForApproval, AgreementFile.CurrentNumber, User.UserId(), Now);
        // Saved against the draft read with the page: of two sendings at once (a double click), one is recorded.
        if (!await db.SaveAtVersionAsync(agreement, AgreementFile.Agreement.Version))
        {
            TempData["Notice"] = t["The agreement changed meanwhile: here it is as it is now."].Value;
            return Redirect($"/agreements/{id}");
        }
        await notices.ApprovalNeededAsync(Request, id, User.UserId()!.Value);
        TempData["Notice"] = t["The agreement was sent to the parties for approval."].Value;
        return Redirect($"/agreements/{id}");
    }

    private Instant Now => Instant.FromDateTimeOffset(clock.GetUtcNow());

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, actor, id) is not { } file) return false;
        AgreementFile = file;
        DraftingParties = actor.DraftingParties(file.Agreement);
        ApprovingParties = actor.ActingParties(file.Agreement);
        var userId = actor.UserId ?? Guid.Empty;
        IsSignatory = file.Agreement.Parties.Any(p => p.Signatories.Any(s => s.UserId == userId));
        SigningProblem = file.Agreement.SigningProblem(userId, file.CurrentSignatures);
        CommitmentCount = await db.Commitments.CountAsync(c => c.AgreementId == id);
        Comments = await db.AgreementComments.AsNoTracking().Where(c => c.AgreementId == id).OrderBy(c => c.PostedAt)
            .Select(c => new CommentRow(c.ArticleKey, c.Author.DisplayName, c.Body, c.VersionNumber, c.PostedAt)).ToListAsync();
        Events = await AgreementFile.TrailAsync(db, id);
        return true;
    }
}
