
namespace Passerelles.Web.Features.Missions;

public enum FollowUpStatus { Open, Done, Overdue }

/// <summary>A mission's report, built from its record whenever it is asked for: the objectives against the outcomes of
/// the visits, the visits and the people met there, the follow-ups and their status, the delegation's composition (in
/// aggregate only, see <see cref="Composition"/>) and the costs, totalled. It states when it was made. The page, the
/// PDF and the spreadsheet all show this one report.</summary>
public sealed record MissionReport(
    Guid Id, string Title, MissionDirection Direction, LocalDate StartsOn, LocalDate EndsOn, string LeadOrganisation, string? Funder,
    string FundingProgramme, string MadeAt, IReadOnlyList<MissionReport.ObjectiveRow> Objectives, IReadOnlyList<MissionReport.VisitRow> Visits,
    IReadOnlyList<MissionReport.FollowUpRow> FollowUps, Composition Delegation, IReadOnlyList<MissionCost> Costs, CostTotals Totals)
{
    public sealed record ObjectiveRow(int Position, string Text, int PartnershipObjective, IReadOnlyList<OutcomeRow> Outcomes);

    public sealed record OutcomeRow(string Text, string Visit);

    public sealed record VisitRow(string Title, string? Organisation, string When, IReadOnlyList<string> PeopleMet);

    public sealed record FollowUpRow(string Text, string Owner, LocalDate DueOn, FollowUpStatus Status, string Visit);

    /// <summary>The report of the mission, or 404 for anyone who does not see the whole mission. Showing the people met
    /// to someone else is a read of their personal data, kept in the access trail.</summary>
    public static async Task<(MissionReport? Report, IActionResult? Refusal)> LoadAsync(AppDbContext db, Actor actor, ViewerTime time, Guid id)
    {
        var mission = await db.Missions.AsNoTracking().AsSplitQuery()
            .Include(m => m.Members).ThenInclude(m => m.User)
            .Include(m => m.Members).ThenInclude(m => m.Organisation)
            .Include(m => m.Objectives)
            .Include(m => m.LeadOrganisation)
            .Include(m => m.FunderOrganisation)
            .SingleOrDefaultAsync(m => m.Id == id);
        if (mission is null || !actor.SeesWhole(mission)) return (null, new NotFoundResult());

        var now = time.Now;
        var today = time.InViewerZone(now).Date;
        var visits = await db.ItineraryItems.AsNoTracking()
            .Where(i => i.MissionId == id && (i.Kind == ItineraryKind.Visit || i.Kind == ItineraryKind.Meeting))
            .OrderBy(i => i.StartsAt)
            .Select(i => new { i.Id, i.Title, i.StartsAt, i.StartZoneId, Organisation = i.Organisation == null ? null : i.Organisation.Name })
            .ToListAsync();
        var titles = visits.ToDictionary(v => v.Id, v => v.Title);
        var visitIds = titles.Keys.ToList();
        var met = await db.PeopleMet.AsNoTracking().Where(p => visitIds.Contains(p.ItemId))
            .Select(p => new { p.ItemId, p.PersonId, p.Person.DisplayName }).ToListAsync();
        var outcomes = await db.VisitOutcomes.AsNoTracking().Where(o => o.Objective.MissionId == id)
            .Select(o => new { o.ObjectiveId, o.ItemId, o.Text, o.RecordedAt }).ToListAsync();
        var followUps = await db.MissionFollowUps.AsNoTracking().Where(f => f.MissionId == id)
            .Select(f => new { f.Text, Owner = f.Owner.DisplayName, f.DueOn, f.DoneAt, f.ItemId }).ToListAsync();
        var costs = await MissionCosts.OfAsync(db, id);
        var memberIds = mission.Members.Select(m => m.UserId).ToList();
        var genders = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Gender }).ToDictionaryAsync(u => u.Id, u => u.Gender);

        await LogReadsAsync(db, actor, met.Select(p => p.PersonId).Distinct().ToList(), now);
        var culture = StringComparer.CurrentCulture;
        var report = new MissionReport(mission.Id, mission.Title, mission.Direction, mission.StartsOn, mission.EndsOn, mission.LeadOrganisation.Name,
            mission.FunderOrganisation?.Name, mission.FundingProgramme, time.DateTime(now),
            mission.Objectives.OrderBy(o => o.Position).Select(o => new ObjectiveRow(o.Position, o.Text, o.PartnershipObjective,
                outcomes.Where(x => x.ObjectiveId == o.Id && titles.ContainsKey(x.ItemId)).OrderBy(x => x.RecordedAt)
                    .Select(x => new OutcomeRow(x.Text, titles[x.ItemId])).ToList())).ToList(),
            visits.Select(v => new VisitRow(v.Title, v.Organisation, time.DateTime(v.StartsAt, TimeZones.Canonical(v.StartZoneId) ?? mission.HostSide.TimeZoneId()),
                met.Where(p => p.ItemId == v.Id).Select(p => p.DisplayName).Order(culture).ToList())).ToList(),
            followUps.OrderBy(f => f.DueOn).ThenBy(f => f.Owner, culture)
                .Select(f => new FollowUpRow(f.Text, f.Owner, f.DueOn, Status(f.DoneAt, f.DueOn, today), titles.GetValueOrDefault(f.ItemId, ""))).ToList(),
            Composition.Of(mission.Members.Where(m => m.Status == MissionInvitationStatus.Accepted)
                .Select(m => new Composition.Member(m.Organisation.Side, m.Role, genders.GetValueOrDefault(m.UserId))).ToList()),
            costs, CostTotals.Of(costs));
        return (report, null);
    }

    private static FollowUpStatus Status(Instant? doneAt, LocalDate dueOn, LocalDate today) =>
        doneAt is not null ? FollowUpStatus.Done : dueOn < today ? FollowUpStatus.Overdue : FollowUpStatus.Open;

    private static async Task LogReadsAsync(AppDbContext db, Actor actor, IReadOnlyList<Guid> people, Instant now)
    {
        if (actor.UserId is not { } reader || people.Count == 0) return;
        var own = await db.People.AsNoTracking().Where(p => p.UserId == reader).Select(p => p.Id).ToListAsync();
        foreach (var person in people.Where(p => !own.Contains(p)))
            db.PersonalDataAccessLog.Add(PersonalDataAccess.Read(reader, person, now));
        await db.SaveChangesAsync();
    }

    public string FileName(string extension) =>
        $"mission-{string.Concat(Title.Where(char.IsAsciiLetterOrDigit).Take(40))}-{StartsOn:yyyy-MM-dd}.{extension}".ToLowerInvariant();
}

/// <summary>Who the delegation is, counted by side, by role and by self-declared gender (DOMAIN.md §9), never person by
/// person. A group of fewer than <see cref="SmallestGroupShown"/> people shows no count; a group's genders are shown
/// only when each answer is given by none or by at least that many, and not by the whole group (which would tell each
/// one's answer). When one group of a side or role breakdown hides its genders, so does every group of that breakdown:
/// the others and the total would give it away. The same holds for the headcounts of a breakdown.</summary>
public sealed record Composition(Composition.Row Total, IReadOnlyList<Composition.Row> BySide, IReadOnlyList<Composition.Row> ByRole)
{
    public const int SmallestGroupShown = Projects.Export.ProjectExports.SmallestGroupShown;

    /// <summary>The answers counted, in order; null stands for "not declared".</summary>
    public static readonly IReadOnlyList<SelfDeclaredGender?> Answers =
        [SelfDeclaredGender.Woman, SelfDeclaredGender.Man, SelfDeclaredGender.NonBinary, SelfDeclaredGender.PreferNotToSay, null];

    public sealed record Member(Side Side, MissionRole Role, SelfDeclaredGender? Gender);

    /// <summary>A count as it may be shown: null when it is withheld.</summary>
    public sealed record Row(string Key, int Size, int? Headcount, IReadOnlyList<int?> Genders)
    {
        /// <summary>Whether the group is too small to be counted: what it withholds is "fewer than 5".</summary>
        public bool IsSmall => Size is > 0 and < SmallestGroupShown;
    }

    public static Composition Of(IReadOnlyList<Member> members) => new(
        Group("Total", members),
        Breakdown(Enum.GetValues<Side>().Select(s => Group(s.ToString(), members.Where(m => m.Side == s).ToList())).ToList()),
        Breakdown(Enum.GetValues<MissionRole>().Select(r => Group(r.ToString(), members.Where(m => m.Role == r).ToList())).ToList()));

    private static Row Group(string key, IReadOnlyList<Member> members)
    {
        var size = members.Count;
        var counts = Answers.Select(a => members.Count(m => m.Gender == a)).ToList();
        var shown = size == 0 || (size >= SmallestGroupShown && counts.All(c => c == 0 || c >= SmallestGroupShown) && counts.All(c => c < size));
        return new Row(key, size, size is 0 or >= SmallestGroupShown ? size : null, shown ? counts.Select(c => (int?)c).ToList() : Withheld);
    }

    private static IReadOnlyList<Row> Breakdown(IReadOnlyList<Row> rows)
    {
        var gendersHidden = rows.Any(r => r.Genders.Any(g => g is null));
        var headcountsHidden = rows.Any(r => r.Headcount is null);
        return rows.Select(r => r with
        {
            Headcount = headcountsHidden && r.Size > 0 ? null : r.Headcount,
            Genders = gendersHidden && r.Size > 0 ? Withheld : r.Genders,
        }).ToList();
    }

    private static readonly IReadOnlyList<int?> Withheld = Answers.Select(_ => (int?)null).ToList();
}
