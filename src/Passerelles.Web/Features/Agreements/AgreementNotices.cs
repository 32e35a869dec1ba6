namespace Passerelles.Web.Features.Agreements;

/// <summary>Tells the people concerned by each step of an agreement's workflow, by e-mail, in their own language (their
/// party's when they have chosen none): an approval is needed, a party approved, it is your turn to sign, someone
/// signed, every party has signed. Each notice is sent by the request that committed its step, after the commit: a
/// repeated or concurrent request commits nothing (the approval or signature is already there, or the agreement's
/// version changed), so it sends nothing. A party's approvers are those who act for it: its administrators, else those
/// of its nearest carrier that has some, else the network administrators.</summary>
public sealed class AgreementNotices(AppDbContext db, EmailTemplates templates, IMailer mailer, ILogger<AgreementNotices> logger)
{
    private sealed record Recipient(Guid UserId, string Email, string Culture);

    /// <summary>The agreement was sent for approval: those who approve for each party are asked to.</summary>
    public async Task ApprovalNeededAsync(HttpRequest request, Guid agreementId, Guid senderId)
    {
        var agreement = await LoadAsync(agreementId);
        var sender = await NameAsync(senderId);
        foreach (var party in agreement.Parties.Where(p => p.Approves))
        foreach (var recipient in await ApproversAsync(party))
            await SendAsync(recipient, t => new EmailTemplates.Content(
                t["Approval needed: {0}", agreement.Title],
                [
                    t["{0} sent version {1} of the agreement {2} to the parties for approval.", sender, agreement.CurrentVersion, agreement.Title],
                    t["Record the approval of {0} once it has approved the text.", party.Name],
                ],
                t["Record the approval"], templates.AbsoluteUrl(request, $"/agreements/{agreementId}/parties/{party.Id}/approve")));
    }

    /// <summary>A party approved: the approvers of the other parties and whoever started the agreement hear of it; when
    /// it was the last approval, the signatories who sign first are told it is their turn.</summary>
    public async Task ApprovedAsync(HttpRequest request, Guid agreementId, Guid partyId, Guid approverId, bool signatureOpened)
    {
        var agreement = await LoadAsync(agreementId);
        var party = agreement.Parties.Single(p => p.Id == partyId);
        var concerned = new List<Recipient>();
        foreach (var other in agreement.Parties.Where(p => p.Id != partyId)) concerned.AddRange(await ApproversAsync(other));
        concerned.AddRange(await OwnerAsync(agreement, party));
        var approver = await NameAsync(approverId);
        var link = templates.AbsoluteUrl(request, $"/agreements/{agreementId}");
        foreach (var recipient in concerned.Where(r => r.UserId != approverId).DistinctBy(r => r.UserId))
            await SendAsync(recipient, t =>
            {
                List<string> paragraphs = [t["{0} recorded the approval of {1} for version {2} of the agreement {3}.", approver, party.Name, agreement.CurrentVersion, agreement.Title]];
                if (signatureOpened) paragraphs.Add(t["Every party has approved: signing is open."]);
                return new EmailTemplates.Content(t["{0} approved the agreement {1}", party.Name, agreement.Title], paragraphs, t["Open the agreement"], link);
            });
        if (signatureOpened) await YourTurnAsync(request, agreement, agreement.PartiesSigningNow([]));
    }

    /// <summary>Someone signed. Once every party has signed, everyone concerned receives the link to the evidence pack.
    /// Otherwise the signatories of the parties whose turn has just come are told so, and the other parties hear who
    /// signed.</summary>
    public async Task SignedAsync(HttpRequest request, Guid agreementId, Guid partyId, Guid signerId, IReadOnlyList<Guid> partiesNowSigning, bool signedByAll)
    {
        var agreement = await LoadAsync(agreementId);
        var party = agreement.Parties.Single(p => p.Id == partyId);
        if (signedByAll)
        {
            var everyone = new List<Recipient>();
            foreach (var each in agreement.Parties) everyone.AddRange([.. await ApproversAsync(each), .. await SignatoriesAsync(each)]);
            everyone.AddRange(await OwnerAsync(agreement, party));
            var pack = templates.AbsoluteUrl(request, $"/agreements/{agreementId}/evidence-pack");
            foreach (var recipient in everyone.DistinctBy(r => r.UserId))
                await SendAsync(recipient, t => new EmailTemplates.Content(
                    t["The agreement {0} is signed by all parties", agreement.Title],
                    [
                        t["Every party has signed version {0} of the agreement {1}.", agreement.CurrentVersion, agreement.Title],
                        t["The evidence pack holds the text as signed, the certificate of the signatures and the audit trail."],
                    ],
                    t["Download the evidence pack (PDF)"], pack));
            return;
        }

        var turnComes = agreement.Parties.Where(p => partiesNowSigning.Contains(p.Id)).ToList();
        var told = await YourTurnAsync(request, agreement, turnComes);
        var others = new List<Recipient>();
        foreach (var other in agreement.Parties.Where(p => p.Id != partyId)) others.AddRange([.. await ApproversAsync(other), .. await SignatoriesAsync(other)]);
        var signer = await NameAsync(signerId);
        var link = templates.AbsoluteUrl(request, $"/agreements/{agreementId}");
        foreach (var recipient in others.Where(r => r.UserId != signerId && !told.Contains(r.UserId)).DistinctBy(r => r.UserId))
            await SendAsync(recipient, t => new EmailTemplates.Content(
                t["{0} signed the agreement {1}", party.Name, agreement.Title],
                [t["{0} signed version {1} of the agreement {2} for {3}.", signer, agreement.CurrentVersion, agreement.Title, party.Name]],
                t["Open the agreement"], link));
    }

    /// <summary>Tells the signatories of <paramref name="parties"/> that it is their turn; returns who was told.</summary>
    private async Task<IReadOnlySet<Guid>> YourTurnAsync(HttpRequest request, Agreement agreement, IEnumerable<AgreementParty> parties)
    {
        var told = new HashSet<Guid>();
        var link = templates.AbsoluteUrl(request, $"/agreements/{agreement.Id}/sign");
        foreach (var party in parties)
        foreach (var recipient in await SignatoriesAsync(party))
        {
            if (!told.Add(recipient.UserId)) continue;
            await SendAsync(recipient, t => new EmailTemplates.Content(
                t["Your signature is awaited: {0}", agreement.Title],
                [
                    t["It is your turn to sign version {0} of the agreement {1} for {2}.", agreement.CurrentVersion, agreement.Title, party.Name],
                    t["Signing asks for your password and a code from your authenticator app."],
                ],
                t["Sign the agreement"], link));
        }
        return told;
    }

    private async Task<Agreement> LoadAsync(Guid agreementId)
    {
        var agreement = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties).ThenInclude(p => p.Organisation)
            .Include(a => a.Parties).ThenInclude(p => p.Person)
            .Include(a => a.Parties).ThenInclude(p => p.Signatories)
            .AsSplitQuery().SingleAsync(a => a.Id == agreementId);
        agreement.Parties = agreement.Parties.OrderBy(p => p.SigningRank).ThenBy(p => p.Name).ToList();
        return agreement;
    }

    private Task<string> NameAsync(Guid userId) => db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();

    /// <summary>Whoever started the agreement, in the language of the party given when they have chosen none.</summary>
    private Task<List<Recipient>> OwnerAsync(Agreement agreement, AgreementParty party) =>
        db.Users.AsNoTracking().Where(u => u.Id == agreement.CreatedBy && u.Email != null && u.Email != "")
            .Select(u => new Recipient(u.Id, u.Email!, u.PreferredCulture != "" ? u.PreferredCulture : party.Organisation.DefaultCulture)).ToListAsync();

    private Task<List<Recipient>> SignatoriesAsync(AgreementParty party)
    {
        var ids = party.Signatories.Select(s => s.UserId).ToList();
        return UsersAsync(db.Users.Where(u => ids.Contains(u.Id)), party.Organisation.DefaultCulture);
    }

    private async Task<List<Recipient>> ApproversAsync(AgreementParty party)
    {
        Guid? organisationId = party.OrganisationId;
        for (var depth = 0; organisationId is { } id && depth <= Actor.MaxCarrierDepth; depth++)
        {
            var administrators = db.Memberships.Where(m => m.OrganisationId == id && m.Role == MemberRole.OrganisationAdministrator).Select(m => m.UserId);
            var found = await UsersAsync(db.Users.Where(u => administrators.Contains(u.Id)), party.Organisation.DefaultCulture);
            if (found.Count > 0) return found;
            organisationId = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync();
        }
        return await UsersAsync(db.Users.Where(u => u.IsNetworkAdministrator), party.Organisation.DefaultCulture);
    }

    private static Task<List<Recipient>> UsersAsync(IQueryable<Account.AppUser> users, string partyCulture) =>
        users.AsNoTracking().Where(u => u.Email != null && u.Email != "")
            .Select(u => new Recipient(u.Id, u.Email!, u.PreferredCulture != "" ? u.PreferredCulture : partyCulture)).ToListAsync();

    /// <summary>Sends one notice; a failure is logged and does not undo the step, which is already recorded.</summary>
    private async Task SendAsync(Recipient recipient, Func<Microsoft.Extensions.Localization.IStringLocalizer, EmailTemplates.Content> compose)
    {
        try
        {
            await mailer.SendAsync(templates.Compose(recipient.Email, recipient.Culture, compose));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "A notice of an agreement's workflow could not be sent to a recipient.");
        }
    }
}
