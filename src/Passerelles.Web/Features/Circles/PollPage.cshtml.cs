namespace Passerelles.Web.Features.Circles;

/// <summary>An availability poll: each member answers yes, if need be or no for every candidate time (shown in both
/// sides' time and their own); everyone sees the results; a co-facilitator picks a time, which becomes a session with
/// its invitations and closes the poll.</summary>
public sealed class PollPageModel(AppDbContext db, CurrentActor actors, SessionInvitations invitations, IStringLocalizer<Text> t) : PageModel
{
    public sealed record OptionRow(Guid Id, Instant StartsAt, IReadOnlyList<string> Yes, IReadOnlyList<string> IfNeedBe, IReadOnlyList<string> No, PollAnswerKind? Mine);

    public sealed class AnswerForm
    {
        public Guid OptionId { get; set; }
        public PollAnswerKind? Answer { get; set; }
    }

    [BindProperty] public List<AnswerForm> Answers { get; set; } = [];
    public Guid Id { get; private set; }
    public Guid CircleId { get; private set; }
    public string Circle { get; private set; } = "";
    public string Title { get; private set; } = "";
    public int DurationMinutes { get; private set; }
    public Guid? SessionId { get; private set; }
    public bool CanManage { get; private set; }
    public IReadOnlyList<OptionRow> Options { get; private set; } = [];

    /// <summary>The members who have answered for no time yet, for the co-facilitators only.</summary>
    public IReadOnlyList<string> NotAnswered { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAnswerAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (SessionId is not null || User.UserId() is not { } userId) return Redirect($"/circles/polls/{id}");
        var isMember = await db.CircleMembers.AnyAsync(m => m.CircleId == CircleId && m.UserId == userId);
        if (!isMember) return Forbid();
        var optionIds = Options.Select(o => o.Id).ToList();
        // A second click wrote the same answers between our read and our write: read them again and write over them.
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.PollAnswers.Where(a => optionIds.Contains(a.OptionId) && a.UserId == userId).ToListAsync();
            foreach (var answer in Answers.Where(a => optionIds.Contains(a.OptionId) && a.Answer is { } kind && Enum.IsDefined(kind)).DistinctBy(a => a.OptionId))
            {
                var row = existing.FirstOrDefault(a => a.OptionId == answer.OptionId);
                if (row is null) db.PollAnswers.Add(row = new PollAnswer { OptionId = answer.OptionId, UserId = userId });
                row.Answer = answer.Answer!.Value;
            }
            try
            {
                await db.SaveChangesAsync();
                break;
            }
            catch (DbUpdateException e) when (attempt < 3 && UniqueViolation.Is(e))
            {
                db.ChangeTracker.Clear();
            }
        }
        TempData["Notice"] = t["Your answers were saved."].Value;
        return Redirect($"/circles/polls/{id}");
    }

    public async Task<IActionResult> OnPostPickAsync(Guid id, Guid optionId)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!CanManage) return Forbid();
        var poll = await db.Polls.Include(p => p.Options).SingleAsync(p => p.Id == id);
        if (poll.IsClosed || poll.Options.FirstOrDefault(o => o.Id == optionId) is not { } option) return Redirect($"/circles/polls/{id}");
        var session = new CircleSession { CircleId = poll.CircleId, Title = poll.Title };
        session.Schedule(option.StartsAt, poll.TimeZoneId, poll.DurationMinutes);
        IReadOnlyList<Infrastructure.Email.OutgoingEmail> emails;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.CircleSessions.Add(session);
            poll.SessionId = session.Id;
            await db.SaveChangesAsync();
            emails = await invitations.ComposeAsync(poll.CircleId, [session.Id], InvitationKind.New, Request, HttpContext.RequestAborted);
            await transaction.CommitAsync();
        }
        await invitations.SendAsync(emails, HttpContext.RequestAborted);
        TempData["Notice"] = t["The session was planned and the members invited."].Value;
        return Redirect($"/circles/sessions/{session.Id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var userId = User.UserId();
        var poll = await db.Polls.AsNoTracking()
            .Where(p => p.Id == id && db.Circles.VisibleTo(actor).Any(c => c.Id == p.CircleId))
            .Select(p => new { p.CircleId, Circle = db.Circles.Where(c => c.Id == p.CircleId).Select(c => c.Name).Single(), p.Title, p.DurationMinutes, p.SessionId })
            .SingleOrDefaultAsync();
        if (poll is null) return false;
        (Id, CircleId, Circle, Title, DurationMinutes, SessionId) = (id, poll.CircleId, poll.Circle, poll.Title, poll.DurationMinutes, poll.SessionId);
        CanManage = await db.Circles.ManageableBy(actor).AnyAsync(c => c.Id == poll.CircleId);
        var options = await db.PollOptions.AsNoTracking().Where(o => o.PollId == id).Select(o => new { o.Id, o.StartsAt }).ToListAsync();
        var optionIds = options.Select(o => o.Id).ToList();
        var answers = await (
                from a in db.PollAnswers.AsNoTracking()
                join u in db.Users on a.UserId equals u.Id
                where optionIds.Contains(a.OptionId)
                select new { a.OptionId, a.UserId, a.Answer, u.DisplayName })
            .ToListAsync();
        List<string> Names(Guid option, PollAnswerKind kind) =>
            answers.Where(a => a.OptionId == option && a.Answer == kind).Select(a => a.DisplayName).Order(StringComparer.CurrentCulture).ToList();
        Options = options.OrderBy(o => o.StartsAt)
            .Select(o => new OptionRow(o.Id, o.StartsAt, Names(o.Id, PollAnswerKind.Yes), Names(o.Id, PollAnswerKind.IfNeedBe), Names(o.Id, PollAnswerKind.No),
                answers.FirstOrDefault(a => a.OptionId == o.Id && a.UserId == userId)?.Answer))
            .ToList();
        if (CanManage)
        {
            var answered = answers.Select(a => a.UserId).ToHashSet();
            NotAnswered = (await db.CircleMembers.AsNoTracking().Where(m => m.CircleId == poll.CircleId).Select(m => new { m.UserId, m.User.DisplayName }).ToListAsync())
                .Where(m => !answered.Contains(m.UserId)).Select(m => m.DisplayName).Order(StringComparer.CurrentCulture).ToList();
        }
        return true;
    }
}
