namespace Passerelles.Web.Features.Funding;

/// <summary>A grant's page, for those who manage it: its budget lines planned and spent, its expenses and contributions,
/// where each side stands against the co-funding rule, and its reporting deadlines. Budget lines and deadlines are added
/// here.</summary>
public sealed class DetailsModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public sealed class LineForm
    {
        [Required]
        [StringLength(BudgetLine.LabelMaxLength)]
        [Display(Name = "Budget line")]
        public string? Label { get; set; }

        [Required]
        [Display(Name = "Planned amount")]
        public decimal? Planned { get; set; }
    }

    public sealed class DeadlineForm
    {
        [Required]
        [StringLength(ReportingDeadline.LabelMaxLength)]
        [Display(Name = "Report")]
        public string? Label { get; set; }

        [Required]
        [DateInRange]
        [Display(Name = "Due on")]
        public DateOnly? DueOn { get; set; }

        [Display(Name = "Responsible")]
        public List<Guid> Responsible { get; set; } = [];
    }

    public sealed record Person(Guid Id, string Name);

    [BindProperty] public LineForm Line { get; set; } = new();
    [BindProperty] public DeadlineForm Deadline { get; set; } = new();

    public Grant Grant { get; private set; } = null!;
    public IReadOnlyList<GrantEntry> Entries { get; private set; } = [];
    public GrantStatus Status { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];
    public LocalDate Today => Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;

    public string IndicatorsLink =>
        $"/indicators?organisation={Grant.BeneficiaryId}&from={Grant.StartsOn.ToDateOnly():yyyy-MM-dd}&to={Grant.EndsOn.ToDateOnly():yyyy-MM-dd}";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddLineAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Keep(nameof(Line));
        var planned = Line.Planned is { } amount && amount >= 0 ? MoneyAmount.FromDecimal(amount, Grant.Currency) : null;
        if (Line.Planned is not null && planned is null) ModelState.AddModelError("Line.Planned", t["Give the amount to the cent, zero or more, under one billion."]);
        if (!ModelState.IsValid) return Page();
        db.BudgetLines.Add(new BudgetLine { GrantId = id, Label = Line.Label!.Trim(), PlannedMinor = planned!.Value.Minor });
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The budget line was added."].Value;
        return Redirect(GrantAccess.Address(id));
    }

    public async Task<IActionResult> OnPostAddDeadlineAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        Keep(nameof(Deadline));
        if (Deadline.Responsible.Count == 0 || Deadline.Responsible.Any(r => People.All(p => p.Id != r)))
            ModelState.AddModelError("Deadline.Responsible", t["Choose who is responsible among the beneficiaries' administrators."]);
        if (!ModelState.IsValid) return Page();
        db.ReportingDeadlines.Add(new ReportingDeadline
        {
            GrantId = id, Label = Deadline.Label!.Trim(), DueOn = LocalDate.FromDateOnly(Deadline.DueOn!.Value),
            Responsible = Deadline.Responsible.Distinct().Select(r => new DeadlineResponsible { UserId = r }).ToList(),
        });
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The reporting deadline was added."].Value;
        return Redirect(GrantAccess.Address(id));
    }

    /// <summary>Keeps what was said of the form posted; the other form of the page, not posted, has nothing to say
    /// (its fields are bound without their prefix when absent).</summary>
    private void Keep(string form)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(form + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var (grant, refusal) = await GrantAccess.LoadAsync(db, await actors.GetAsync(), id);
        if (grant is null) return refusal;
        Grant = grant;
        Entries = await GrantEntries.OfAsync(db, id);
        Status = GrantStatus.Of(grant, Entries, Today);
        var beneficiaries = new[] { grant.BeneficiaryId, grant.PartnerBeneficiaryId ?? grant.BeneficiaryId };
        People = (await db.Memberships.AsNoTracking()
                .Where(m => beneficiaries.Contains(m.OrganisationId) && m.Role == MemberRole.OrganisationAdministrator)
                .Select(m => new Person(m.UserId, m.User.DisplayName)).ToListAsync())
            .DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return null;
    }
}

public static class GrantEntries
{
    /// <summary>A grant's expenses and contributions with their budget lines and contributors, by date.</summary>
    public static async Task<IReadOnlyList<GrantEntry>> OfAsync(AppDbContext db, Guid grantId) =>
        (await db.GrantEntries.AsNoTracking().Include(e => e.BudgetLine).Include(e => e.Contributor).Where(e => e.GrantId == grantId).ToListAsync())
        .OrderBy(e => e.On).ThenBy(e => e.Label, StringComparer.CurrentCulture).ToList();
}
