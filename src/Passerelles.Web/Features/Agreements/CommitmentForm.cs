namespace Passerelles.Web.Features.Agreements;

/// <summary>A commitment as typed on its add and edit pages.</summary>
public sealed class CommitmentForm
{
    [Required]
    [Display(Name = "Article")]
    public Guid? ArticleKey { get; set; }

    [Required]
    [StringLength(Commitment.WhatMaxLength)]
    [Display(Name = "What was committed to")]
    public string? What { get; set; }

    [Required]
    [Display(Name = "Party responsible")]
    public Guid? PartyId { get; set; }

    [Display(Name = "Person responsible (optional)")]
    public Guid? PersonId { get; set; }

    [Required]
    [DateInRange]
    [Display(Name = "Due date (the first one when it recurs)")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "Recurrence")]
    public Recurrence Recurrence { get; set; }

    [StringLength(Commitment.IndicatorMaxLength)]
    [Display(Name = "Indicator (optional)")]
    public string? Indicator { get; set; }

    [StringLength(Commitment.TargetMaxLength)]
    [Display(Name = "Target (optional)")]
    public string? Target { get; set; }

    public static CommitmentForm From(Commitment c) => new()
    {
        ArticleKey = c.ArticleKey, What = c.What, PartyId = c.PartyId, PersonId = c.PersonId, DueOn = c.DueOn.ToDateOnly(),
        Recurrence = c.Recurrence, Indicator = c.Indicator, Target = c.Target,
    };

    /// <summary>Checks what the annotations cannot: the article is in the current text, the party is a party, the person
    /// belongs to that party's organisation.</summary>
    public void Validate(CommitmentContext context, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (ArticleKey is { } key && context.Articles.All(a => a.Key != key))
            modelState.AddModelError("Input.ArticleKey", t["Choose an article of the current text."]);
        var party = PartyId is { } partyId ? context.File.Agreement.Parties.SingleOrDefault(p => p.Id == partyId) : null;
        if (PartyId is not null && party is null)
            modelState.AddModelError("Input.PartyId", t["Choose one of the parties."]);
        if (PersonId is { } personId && party is not null &&
            !context.People.Any(p => p.UserId == personId && p.OrganisationId == party.OrganisationId))
            modelState.AddModelError("Input.PersonId", t["The person responsible must be a member of the party responsible."]);
        if (!Enum.IsDefined(Recurrence))
            modelState.AddModelError("Input.Recurrence", t["Choose how often it comes due."]);
    }

    public void ApplyTo(Commitment c)
    {
        c.ArticleKey = ArticleKey!.Value;
        c.What = What!.Trim();
        c.PartyId = PartyId!.Value;
        c.PersonId = PersonId;
        c.DueOn = LocalDate.FromDateOnly(DueOn!.Value);
        c.Recurrence = Recurrence;
        c.Indicator = Indicator?.Trim() ?? "";
        c.Target = Target?.Trim() ?? "";
    }
}

/// <summary>What the commitment pages need about the agreement: its file, whether the person manages its commitments
/// (its drafters: the administrators and coaches of a party, and network administrators), the articles of the current
/// text and the members of the parties who may answer for a commitment.</summary>
public sealed class CommitmentContext
{
    public sealed record ArticleOption(Guid Key, string Label);
    public sealed record PersonOption(Guid UserId, string Name, Guid OrganisationId);

    public required AgreementFile File { get; init; }
    public required bool CanManage { get; init; }
    public required IReadOnlyList<ArticleOption> Articles { get; init; }
    public required IReadOnlyList<PersonOption> People { get; init; }

    /// <summary>Headings of every article ever in the text, by key, so a commitment on an article removed since still
    /// reads.</summary>
    public required IReadOnlyDictionary<Guid, string> ArticleHeadings { get; init; }

    public string ArticleLabel(Guid key) =>
        Articles.FirstOrDefault(a => a.Key == key)?.Label ?? ArticleHeadings.GetValueOrDefault(key, "?");

    public bool IsInCurrentText(Guid articleKey) => Articles.Any(a => a.Key == articleKey);

    public static async Task<CommitmentContext?> LoadAsync(AppDbContext db, Actor actor, Guid agreementId, IStringLocalizer t)
    {
        if (await AgreementFile.LoadAsync(db, actor, agreementId) is not { } file) return null;
        var drafting = actor.DraftingParties(file.Agreement);
        var organisations = file.Agreement.Parties.Select(p => p.OrganisationId).ToList();
        var people = await db.Memberships.AsNoTracking().Where(m => organisations.Contains(m.OrganisationId))
            .OrderBy(m => m.User.DisplayName)
            .Select(m => new PersonOption(m.UserId, m.User.DisplayName, m.OrganisationId)).ToListAsync();
        var headings = await (
                from a in db.AgreementArticles.AsNoTracking()
                join v in db.AgreementVersions.AsNoTracking() on a.VersionId equals v.Id
                where v.AgreementId == agreementId
                select new { a.Key, a.Heading, v.Number })
            .ToListAsync();
        return new CommitmentContext
        {
            File = file,
            CanManage = drafting.Count > 0,
            Articles = (file.Current?.Articles ?? []).Select((a, i) => new ArticleOption(a.Key, t["Article {0}", i + 1] + ". " + a.Heading)).ToList(),
            People = people,
            ArticleHeadings = headings.GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.MaxBy(h => h.Number)!.Heading),
        };
    }

    public static Instant Now(TimeProvider clock) => Instant.FromDateTimeOffset(clock.GetUtcNow());

    /// <summary>The date an agreement's status and its commitments are judged on: UTC's, the same for every party on
    /// both sides. (A reminder uses its recipient's own date instead.)</summary>
    public static LocalDate Today(TimeProvider clock) => Now(clock).InUtc().Date;
}
