using Microsoft.AspNetCore.Mvc.Filters;

namespace Passerelles.Web.Features.Agreements;

/// <summary>Changes who is party to a draft agreement: adds a party, changes a party's place in the signing order, adds
/// and removes the people authorised to sign for it (members of its organisation or administrators of its carriers).
/// Removing a party has its own confirmation page. Drafters add parties; a party's signing order and signatories are
/// changed only by those who act for it (<see cref="AgreementRules.ActsFor"/>); all only until the first signature
/// (see <see cref="PartyChanges"/>).</summary>
public sealed class PartiesModel(AppDbContext db, CurrentActor actors, OrganisationPicks picks, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{

    public AgreementFile AgreementFile { get; private set; } = null!;

    /// <summary>Why nothing can change now, as the key of the message; null while the parties can change.</summary>
    public string? Problem { get; private set; }

    public bool ResetsApprovals => PartyChanges.ResetsApprovals(AgreementFile);

    /// <summary>The parties whose signing order and signatories the person may change.</summary>
    public IReadOnlyList<Guid> ChangeableParties { get; private set; } = [];

    private Actor _actor = null!;
    public Picker NewPartyPicker { get; private set; } = null!;

    public PartiesForms.NewParty NewParty { get; set; } = new();
    public PartiesForms.Rank Rank { get; set; } = new();
    public PartiesForms.Signatory Signatory { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddPartyAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        await TryUpdateModelAsync(NewParty, nameof(NewParty));
        if (Refuse() is { } page) return page;
        if (this.IsSearchStep()) return Page();
        const string prefix = nameof(NewParty) + ".";
        var signatories = new List<Guid>();
        if (NewParty.OrganisationId is { } organisationId)
        {
            if (AgreementFile.Agreement.Parties.Any(p => p.OrganisationId == organisationId))
                ModelState.AddModelError(prefix + nameof(NewParty.OrganisationId), t["This organisation is already a party."]);
            else if (!await db.Organisations.VisibleTo(_actor).AnyAsync(o => o.Id == organisationId))
                ModelState.AddModelError(prefix + nameof(NewParty.OrganisationId), t["Choose an organisation from the list."]);
            else
                foreach (var email in NewParty.SignatoryEmails)
                {
                    if (await PartyChanges.SignatoryAsync(db, organisationId, email) is { } userId) signatories.Add(userId);
                    else ModelState.AddModelError(prefix + nameof(NewParty.Signatories), PartyChanges.NotASignatory(t, email));
                }
            if (NewParty.Signatories is not null && NewParty.SignatoryEmails.Count == 0)
                ModelState.AddModelError(prefix + nameof(NewParty.Signatories), t["Name at least one authorised signatory."]);
        }
        if (!ModelState.IsValid) return Page();

        var agreement = await PartyChanges.LoadTrackedAsync(db, id);
        var party = new AgreementParty { AgreementId = id, OrganisationId = NewParty.OrganisationId!.Value, SigningRank = NewParty.SigningRank };
        party.Signatories.AddRange(signatories.Distinct().Select(u => new AgreementSignatory { PartyId = party.Id, UserId = u }));
        db.AgreementParties.Add(party);
        var name = await db.Organisations.Where(o => o.Id == party.OrganisationId).Select(o => o.Name).SingleAsync();
        return await SaveAsync(id, agreement, NewParty.Version, AgreementEventKind.PartyAdded, TrailDetail.PartyAdded(name, party.SigningRank),
            t["{0} is now a party to the agreement.", name]);
    }

    public async Task<IActionResult> OnPostRankAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        await TryUpdateModelAsync(Rank, nameof(Rank));
        if (AgreementFile.Agreement.Parties.SingleOrDefault(p => p.Id == Rank.PartyId) is not { } shown) return NotFound();
        if (!_actor.ActsForParty(shown)) return Forbid();
        if (Refuse() is { } page) return page;
        if (!ModelState.IsValid) return Page();
        if (shown.SigningRank == Rank.SigningRank) return Redirect($"/agreements/{id}/parties");

        var agreement = await PartyChanges.LoadTrackedAsync(db, id);
        agreement.Parties.Single(p => p.Id == Rank.PartyId).SigningRank = Rank.SigningRank;
        var name = shown.Name;
        return await SaveAsync(id, agreement, Rank.Version, AgreementEventKind.SigningRankChanged, $"{name}: {shown.SigningRank} → {Rank.SigningRank}",
            t["{0} now signs in position {1}.", name, Rank.SigningRank], shown.OrganisationId);
    }

    public async Task<IActionResult> OnPostAddSignatoryAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        await TryUpdateModelAsync(Signatory, nameof(Signatory));
        if (AgreementFile.Agreement.Parties.SingleOrDefault(p => p.Id == Signatory.PartyId) is not { } shown) return NotFound();
        if (!_actor.ActsForParty(shown)) return Forbid();
        if (Refuse() is { } page) return page;
        const string field = nameof(Signatory) + "." + nameof(Signatory.Email);
        Guid? userId = null;
        if (ModelState.IsValid)
        {
            userId = await PartyChanges.SignatoryAsync(db, shown.OrganisationId, Signatory.Email!);
            if (userId is null)
                ModelState.AddModelError(field, PartyChanges.NotASignatory(t, Signatory.Email!));
            else if (shown.Signatories.Any(s => s.UserId == userId))
                ModelState.AddModelError(field, t["This person is already an authorised signatory for this party."]);
        }
        if (!ModelState.IsValid) return Page();

        var agreement = await PartyChanges.LoadTrackedAsync(db, id);
        db.AgreementSignatories.Add(new AgreementSignatory { PartyId = shown.Id, UserId = userId!.Value });
        var person = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
        var name = shown.Name;
        return await SaveAsync(id, agreement, Signatory.Version, AgreementEventKind.SignatoryAdded, $"{name}: {person}",
            t["{0} can now sign for {1}.", person, name], shown.OrganisationId);
    }

    public async Task<IActionResult> OnPostRemoveSignatoryAsync(Guid id, Guid party, Guid user, int version)
    {
        if (await LoadAsync(id) is { } refused) return refused;
        if (AgreementFile.Agreement.Parties.SingleOrDefault(p => p.Id == party) is not { } shown) return NotFound();
        if (shown.Signatories.SingleOrDefault(s => s.UserId == user) is not { } signatory) return NotFound();
        if (!_actor.ActsForParty(shown)) return Forbid();
        if (Refuse() is { } page) return page;
        Signatory.PartyId = party;
        if (shown.Signatories.Count == 1)
        {
            ModelState.AddModelError(nameof(Signatory) + "." + nameof(Signatory.Email), t["A party keeps at least one authorised signatory."]);
            return Page();
        }

        var agreement = await PartyChanges.LoadTrackedAsync(db, id);
        var tracked = agreement.Parties.Single(p => p.Id == party).Signatories.Single(s => s.UserId == user);
        db.AgreementSignatories.Remove(tracked);
        var name = shown.Name;
        return await SaveAsync(id, agreement, version, AgreementEventKind.SignatoryRemoved, $"{name}: {signatory.User.DisplayName}",
            t["{0} can no longer sign for {1}.", signatory.User.DisplayName, name], shown.OrganisationId);
    }

    private async Task<IActionResult> SaveAsync(Guid id, Agreement agreement, int expectedVersion, AgreementEventKind kind, string detail, LocalizedString done,
        Guid? party = null)
    {
        var reset = await PartyChanges.SaveAsync(db, AgreementFile, agreement, expectedVersion, _actor, Instant.FromDateTimeOffset(clock.GetUtcNow()), kind, detail, party);
        if (reset is null)
        {
            ModelState.Clear();
            ModelState.AddModelError("", t["Someone else changed this agreement while you were editing it. The page now shows their changes: make yours again."]);
            Rank = new PartiesForms.Rank();
            Signatory = new PartiesForms.Signatory();
            return await LoadAsync(id) ?? Page();
        }
        TempData["Notice"] = reset.Value ? $"{done.Value} {t["The agreement is back to draft: every party approves it again."].Value}" : done.Value;
        return Redirect($"/agreements/{id}/parties");
    }

    /// <summary>The page with the reason, when the parties can no longer change.</summary>
    private PageResult? Refuse()
    {
        if (Problem is null) return null;
        ModelState.Clear();
        ModelState.AddModelError("", t[Problem]);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        _actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, _actor, id) is not { } file) return NotFound();
        if (_actor.DraftingParties(file.Agreement).Count == 0) return Forbid();
        AgreementFile = file;
        ChangeableParties = file.Agreement.Parties.Where(_actor.ActsForParty).Select(p => p.Id).ToList();
        Problem = PartyChanges.Problem(file);
        return null;
    }

    /// <summary>Whatever the handler, the page it shows offers the organisation picker of a new party.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if ((await next()).Result is PageResult)
            NewPartyPicker = await picks.PickerAsync(this, $"{nameof(NewParty)}.{nameof(NewParty.OrganisationId)}", t["Organisation"], NewParty.OrganisationId);
    }
}
