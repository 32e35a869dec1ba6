namespace Passerelles.Web.Features.Mobility;

/// <summary>A student applies to an offer: their sending organisation, date of birth, residence declaration, the stay
/// they ask for, a motivation, a CV, the programme's answers and, if they wish, their gender (for the funder's
/// aggregated indicators; it starts from the one declared in their preferences, and changes it there). Their eligibility is explained as they fill the form
/// (htmx) and checked again on submitting, with the same messages; nothing is stored while a rule is broken.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ApplyModel(AppDbContext db, CurrentActor actors, CvFiles files, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public const long MaxRequestBytes = Circles.ResourceFiles.MaxRequestBytes;

    [BindProperty] public ApplicationForm Input { get; set; } = new();

    /// <summary>Empty when not declared; otherwise one of <see cref="Projects.SelfDeclaredGender"/>.</summary>
    [BindProperty] public string? Gender { get; set; }

    public InternshipOffer Offer { get; private set; } = null!;
    public MobilityProgramme Programme => Offer.Call.Programme;
    public IReadOnlyList<Actor.Membership> Organisations { get; private set; } = [];
    public Eligibility? Eligibility { get; private set; }

    /// <summary>Why the person may not apply, when they may not.</summary>
    public string? Closed { get; private set; }

    /// <summary>The form; <paramref name="sending"/>, one of the person's organisations, is chosen for them (an invitation
    /// to apply lands here with it).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? sending)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (Organisations.Count == 1) Input.SendingOrganisationId = Organisations[0].OrganisationId;
        var userId = (await actors.GetAsync()).UserId;
        Gender = (await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.Gender).SingleOrDefaultAsync())?.ToString() ?? "";
        if (Organisations.Any(o => o.OrganisationId == sending)) Input.SendingOrganisationId = sending;
        return Page();
    }

    /// <summary>The eligibility panel, for htmx as the birth date, residence or dates change.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        ModelState.Clear();
        Eligibility = Input.Check(Offer, Programme, Today, ModelState, t);
        return Partial("_Eligibility", this);
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (Closed is not null) return Page();
        var actor = await actors.GetAsync();
        if (Input.SendingOrganisationId is { } sending && Organisations.All(o => o.OrganisationId != sending))
            ModelState.AddModelError($"Input.{nameof(ApplicationForm.SendingOrganisationId)}", t["Choose one of the values in the list."]);
        Eligibility = Input.Check(Offer, Programme, Today, ModelState, t);
        if (Input.Cv is null) ModelState.AddModelError($"Input.{nameof(ApplicationForm.Cv)}", t["Choose your CV."]);
        if (!Projects.SelfDeclaredGenders.TryRead(Gender, out var gender)) ModelState.AddModelError(nameof(Gender), t["This value is not valid."]);
        var cv = Input.Cv is { } upload && ModelState.IsValid
            ? await Circles.ResourceFiles.ReadAsync(upload, ModelState, $"Input.{nameof(ApplicationForm.Cv)}", t, CvFiles.Extensions, CvFiles.Refused)
            : null;
        if (!ModelState.IsValid || cv is not { } file) return Page();

        var stay = Input.Stay(Offer)!.Value;
        var application = new MobilityApplication
        {
            OfferId = Offer.Id, ApplicantId = actor.UserId!.Value, SendingOrganisationId = Input.SendingOrganisationId!.Value,
            BirthDate = LocalDate.FromDateOnly(Input.BirthDate!.Value), DeclaresResidence = Input.DeclaresResidence, Gender = gender,
            StartsOn = stay.Start, EndsOn = stay.End, Motivation = Input.Motivation!.Trim(),
            CvFileName = Circles.ResourceFiles.CleanName(Input.Cv!.FileName), CvContentType = file.ContentType,
            CvStoredName = await files.Store.StoreAsync(file.Content),
            Status = ApplicationStatus.Submitted, SubmittedAt = Instant.FromDateTimeOffset(clock.GetUtcNow()),
            Answers = Programme.Questions.Select(q => new ApplicationAnswer { QuestionId = q.Id, Text = Input.Answers[q.Id]!.Trim() }).ToList(),
        };
        db.MobilityApplications.Add(application);
        // The answer is the person's own, on their account (their preferences show it); the application keeps a copy
        // for the funder's indicators, which outlive a withdrawal.
        var applicant = await db.Users.SingleAsync(u => u.Id == actor.UserId);
        applicant.Gender = gender;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your application to {0} was sent.", Offer.Title].Value;
        return Redirect($"/mobility/applications/{application.Id}");
    }

    private LocalDate Today => Instant.FromDateTimeOffset(clock.GetUtcNow()).InUtc().Date;

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var offer = await db.InternshipOffers.AsNoTracking().Include(o => o.HostOrganisation)
            .Include(o => o.Call).ThenInclude(c => c.Programme).ThenInclude(p => p.Questions)
            .SingleOrDefaultAsync(o => o.Id == id);
        if (offer is null || !actor.Sees(offer, offer.Call)) return NotFound();
        offer.Call.Programme.Questions.Sort((a, b) => a.Position.CompareTo(b.Position));
        Offer = offer;
        Organisations = actor.Memberships;
        var accepted = await db.MobilityApplications.CountAsync(a => a.OfferId == id && a.Status == ApplicationStatus.Accepted);
        Closed = offer.Status != PublicationStatus.Published || !offer.Call.IsOpenAt(Instant.FromDateTimeOffset(clock.GetUtcNow()))
            ? t["Applications to this offer are closed."].Value
            : accepted >= offer.Places ? t["Every place of this offer is taken."].Value
            : await db.MobilityApplications.AnyAsync(a => a.OfferId == id && a.ApplicantId == actor.UserId) ? t["You have already applied to this offer."].Value
            : Organisations.Count == 0 ? t["To apply, you need the invitation of a sending organisation."].Value
            : null;
        return null;
    }
}
