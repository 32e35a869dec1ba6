namespace Passerelles.Web.Features.Agreements;

/// <summary>Removes a party from a draft agreement, after confirmation, for those who act for that party (its
/// administrators, those of its carriers, network administrators); other drafters get 403. At least
/// <see cref="Agreement.MinParties"/> remain; a party that already marked articles as agreed, approved a version or owes
/// commitments stays, since those records are kept; a drafter who is not a network administrator keeps one of their
/// own organisations among the parties.</summary>
public sealed class RemovePartyModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    public AgreementFile AgreementFile { get; private set; } = null!;
    public Guid PartyId { get; private set; }
    public string Organisation { get; private set; } = "";
    private Actor _actor = null!;
    private Guid _organisationId;

    /// <summary>Why this party cannot be removed, as the key of the message; null when it can.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid partyId) => await LoadAsync(id, partyId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid partyId, int version)
    {
        if (await LoadAsync(id, partyId) is { } refused) return refused;
        if (Problem is not null)
        {
            ModelState.AddModelError("", t[Problem]);
            return Page();
        }
        var agreement = await PartyChanges.LoadTrackedAsync(db, id);
        db.AgreementParties.Remove(agreement.Parties.Single(p => p.Id == partyId));
        var reset = await PartyChanges.SaveAsync(db, AgreementFile, agreement, version, _actor, Instant.FromDateTimeOffset(clock.GetUtcNow()),
            AgreementEventKind.PartyRemoved, Organisation, _organisationId);
        if (reset is null)
        {
            ModelState.AddModelError("", t["Someone else changed this agreement while you were editing it. The page now shows their changes: make yours again."]);
            return await LoadAsync(id, partyId) ?? Page();
        }
        var done = t["{0} is no longer a party to the agreement.", Organisation].Value;
        TempData["Notice"] = reset.Value ? $"{done} {t["The agreement is back to draft: every party approves it again."].Value}" : done;
        return Redirect($"/agreements/{id}/parties");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid partyId)
    {
        _actor = await actors.GetAsync();
        if (await AgreementFile.LoadAsync(db, _actor, id) is not { } file) return NotFound();
        if (file.Agreement.Parties.SingleOrDefault(p => p.Id == partyId) is not { } party) return NotFound();
        var drafting = _actor.DraftingParties(file.Agreement);
        if (drafting.Count == 0 || !_actor.ActsForParty(party)) return Forbid();
        (AgreementFile, PartyId, Organisation, _organisationId) = (file, partyId, party.Name, party.OrganisationId);
        Problem = PartyChanges.Problem(file);
        if (Problem is not null) return null;
        if (file.Agreement.Parties.Count <= Agreement.MinParties)
            Problem = "An agreement has at least two parties.";
        else if (!_actor.IsNetworkAdministrator && drafting.All(p => p == partyId))
            Problem = "Your own organisation must remain one of the parties.";
        else if (await db.ArticleMarks.AnyAsync(m => m.PartyId == partyId) || file.Approvals.Any(a => a.PartyId == partyId)
                 || await db.Commitments.AnyAsync(c => c.PartyId == partyId))
            Problem = "This party has already agreed articles, approved a version or taken on commitments: those records are kept, so it stays a party.";
        return null;
    }
}
