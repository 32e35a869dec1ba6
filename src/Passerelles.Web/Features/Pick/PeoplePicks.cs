using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Pick;

/// <summary>The record a person is picked for, whose rules say who may be picked: a circle's new member
/// (<see cref="Circle"/> alone), a co-facilitator of a side (<see cref="Side"/>, with the circle once it exists), or
/// the person answering for an agreement's commitment (<see cref="Agreement"/>), the owner of a mission's follow-up
/// (<see cref="Delegation"/>, the mission whose delegation they belong to), a member invited to a mission's delegation
/// (<see cref="Mission"/>), a speaker of a presentation at an event (<see cref="Presentation"/>), or the supervisor of
/// an internship offer, a member of its host (<see cref="Host"/>). It travels in the suggestions' address.</summary>
public sealed record PeopleContext(Guid? Circle = null, Side? Side = null, Guid? Agreement = null, Guid? Delegation = null, Guid? Mission = null,
    Guid? Presentation = null, Guid? Host = null)
{
    public string Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["circle"] = Circle?.ToString(), ["side"] = Side?.ToString(), ["agreement"] = Agreement?.ToString(),
        ["delegation"] = Delegation?.ToString(), ["mission"] = Mission?.ToString(), ["presentation"] = Presentation?.ToString(),
        ["host"] = Host?.ToString(),
    }.Where(p => p.Value is not null)).ToUriComponent();
}

/// <summary>The people a person may pick for a <see cref="PeopleContext"/>, found by name a few at a time, never listed
/// whole. Names are compared folded (<see cref="Organisation.SearchKey"/>): "elodie" finds "Élodie". The page that saves
/// the choice checks it again.</summary>
public sealed class PeoplePicks(AppDbContext db, CurrentActor actors, IStringLocalizer<Text> t)
{
    /// <summary>Why the signed-in person may not pick people for <paramref name="context"/>, answered as the page that
    /// edits it answers: null when they may.</summary>
    public async Task<IActionResult?> RefusalAsync(PeopleContext context)
    {
        var actor = await actors.GetAsync();
        return context switch
        {
            { Agreement: { } agreement } => await CommitmentContext.LoadAsync(db, actor, agreement, t) switch
            {
                null => new NotFoundResult(),
                { CanManage: false } => new ForbidResult(),
                _ => null,
            },
            { Presentation: { } presentation } => await PresentationAccess.LoadAsync(db, actor, presentation) switch
            {
                null => new NotFoundResult(),
                { Edits: false } => new ForbidResult(),
                _ => null,
            },
            { Circle: { } circle } => await CircleRefusal.UnlessRunningAsync(db, actor, circle),
            { Delegation: { } mission } => (await MissionScope.LoadAsync(db, actor, mission, write: true)).Refusal,
            { Mission: { } mission } => (await MissionAccess.ForManagingAsync(db, actor, mission)).Refusal,
            { Side: not null } => actor.MayStartCircle() ? null : new ForbidResult(),
            { Host: { } host } => actor.MayPublishOfferFor(host) ? null : new ForbidResult(),
            _ => new BadRequestResult(),
        };
    }

    public async Task<PickerAnswer> FindAsync(PeopleContext context, string text, CancellationToken cancellationToken = default)
    {
        var terms = Organisation.SearchKey(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (string.Concat(terms).Length < Pickers.MinLength) return new([], t["Type at least {0} letters of the name.", Pickers.MinLength], false);
        var candidates = Candidates(context);
        foreach (var term in terms) candidates = candidates.Where(c => c.PersonKey.Contains(term) || c.OrganisationKey.Contains(term));
        // A person may come once per organisation: enough rows to fill the list once they are told apart.
        var found = (await candidates.OrderBy(c => c.Name).Take(Pickers.MaxChoices * 4 + 1)
                .Select(c => new PickerChoice(c.Id, c.Name)).ToListAsync(cancellationToken))
            .DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(Pickers.MaxChoices + 1).ToList();
        if (found.Count == 0) return new([], t["Nobody matches “{0}”.", text.Trim()], false);
        return new(found.Take(Pickers.MaxChoices).ToList(), null, found.Count > Pickers.MaxChoices);
    }

    /// <summary>Whether <paramref name="userId"/> may be picked for <paramref name="context"/>: the page that saves the
    /// choice asks again.</summary>
    public Task<bool> MayPickAsync(PeopleContext context, Guid userId) => Eligible(context, userId).AnyAsync();

    /// <summary>The picker of a person field, its current choice shown by name while it may be picked.</summary>
    public async Task<Picker> PickerAsync(PageModel page, PeopleContext context, string field, string label, Guid? chosen, string? none = null, string? hint = null)
    {
        var current = chosen is { } id ? await Eligible(context, id).FirstOrDefaultAsync() : null;
        var picker = new Picker("people", field, label, current) { None = none, Hint = hint, Context = context.Query };
        return await page.ShowAsync(picker, text => FindAsync(context, text));
    }

    /// <summary>Who may be picked, by id and the name shown: for a commitment, the members of the agreement's parties
    /// with their organisation; for a co-facilitator, the members of an organisation of that side; for a new member,
    /// the members of any organisation not yet in the circle; for a follow-up, the mission's delegation; for a mission,
    /// each membership of a person not yet in its delegation, since they travel for one of their organisations (its id
    /// is the choice's); for a speaker, the members of any organisation not yet speaking there; for a supervisor, the
    /// host's members. Only
    /// <paramref name="only"/>, when given.</summary>
    private IQueryable<PickerChoice> Eligible(PeopleContext context, Guid? only = null) =>
        Candidates(context, only).Select(c => new PickerChoice(c.Id, c.Name));

    /// <summary>A choice with the folded names it is searched by: the person's, and their organisation's where the
    /// choice shows it (empty otherwise).</summary>
    private sealed class Candidate
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string PersonKey { get; init; } = "";
        public string OrganisationKey { get; init; } = "";
    }

    private IQueryable<Candidate> Candidates(PeopleContext context, Guid? only = null)
    {
        if (context.Delegation is { } delegation)
            return db.MissionMembers.AsNoTracking()
                .Where(m => m.MissionId == delegation && m.Status != MissionInvitationStatus.Declined && (only == null || m.UserId == only))
                .Select(m => new Candidate { Id = m.UserId, Name = m.User.DisplayName, PersonKey = m.User.SearchName, OrganisationKey = "" });
        var memberships = db.Memberships.AsNoTracking().Where(m => only == null || m.UserId == only);
        return context switch
        {
            { Agreement: { } agreement } => WithOrganisation(memberships
                .Where(m => db.AgreementParties.Any(p => p.AgreementId == agreement && p.OrganisationId == m.OrganisationId))),
            { Presentation: { } presentation } => WithOrganisation(memberships
                .Where(m => !db.PresentationSpeakers.Any(s => s.PresentationId == presentation && s.UserId == m.UserId))),
            { Side: { } side } => PersonOnly(memberships.Where(m => m.Organisation.Side == side)),
            { Host: { } host } => PersonOnly(memberships.Where(m => m.OrganisationId == host)),
            { Circle: { } circle } => PersonOnly(memberships.Where(m => !db.CircleMembers.Any(c => c.CircleId == circle && c.UserId == m.UserId))),
            { Mission: { } mission } => db.Memberships.AsNoTracking().Where(m => only == null || m.Id == only)
                .Where(m => !db.MissionMembers.Any(x => x.MissionId == mission && x.UserId == m.UserId))
                .Select(m => new Candidate { Id = m.Id, Name = m.User.DisplayName + " (" + m.Organisation.Name + ")", PersonKey = m.User.SearchName, OrganisationKey = m.Organisation.SearchName }),
            _ => PersonOnly(memberships.Where(_ => false)),
        };
    }

    private static IQueryable<Candidate> WithOrganisation(IQueryable<Membership> memberships) =>
        memberships.Select(m => new Candidate { Id = m.UserId, Name = m.User.DisplayName + " (" + m.Organisation.Name + ")", PersonKey = m.User.SearchName, OrganisationKey = m.Organisation.SearchName });

    private static IQueryable<Candidate> PersonOnly(IQueryable<Membership> memberships) =>
        memberships.Select(m => new Candidate { Id = m.UserId, Name = m.User.DisplayName, PersonKey = m.User.SearchName, OrganisationKey = "" });
}
