using Passerelles.Web.Features.Agreements;

namespace Passerelles.Web.Features.Indicators;

/// <summary>One indicator: a stable key that report templates and the API name it by, the section of the page it sits
/// in, its title (a resource key), its unit, the Assises' themes it serves, how it is counted, the list of the records
/// it counts, and, when its trend by quarter is drawn, its value in each quarter of a period
/// (<see cref="ReportingPeriod.Quarters"/>), read with the period's figure rather than quarter by quarter.</summary>
public sealed record IndicatorDefinition(
    string Key, string Section, string Title, string Unit, MissionThemes Themes,
    Func<IndicatorQuery, ReportingPeriod, Task<IndicatorFigure>> Compute,
    Func<IndicatorScope, ReportingPeriod, string> Link,
    Func<IndicatorQuery, ReportingPeriod, Task<IReadOnlyList<decimal>>>? Quarters = null)
{
    public bool Trend => Quarters is not null;
}

/// <summary>Every indicator the app computes from what it records, in the page's order. Counting rules: a coaching
/// session counts on its date in its incubator's side's zone once it has started; a project is accompanied when it was
/// coached in the period, counted at its current stage; milestones count on their date, planned ones (after today) not
/// yet; amounts are never added across currencies; a circle session counts on its date in its organiser's zone unless
/// cancelled; a recurring commitment counts each of its due dates in the period; missions count when they overlap the
/// period, placements when they start in it.</summary>
public static class IndicatorCatalog
{
    public const string Incubation = "Incubation";
    public const string Coaching = "Coaching";
    public const string Milestones = "Milestones";
    public const string Circles = "Circles";
    public const string Agreements = "Agreements";
    public const string Mobility = "Missions and mobility";

    private const MissionThemes Innovation = MissionThemes.Innovation;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new("projects.accompanied", Incubation, "Projects accompanied", "projects", Innovation, ProjectsAccompaniedAsync,
            (s, _) => ForIncubator("/projects", s), ProjectsAccompaniedByQuarterAsync),
        new("coaching.hours.individual", Coaching, "Individual coaching hours", "hours", Innovation,
            (q, p) => CoachingHoursAsync(q, p, CoachingKind.Individual), CoachingLink, (q, p) => CoachingHoursByQuarterAsync(q, p, CoachingKind.Individual)),
        new("coaching.hours.collective", Coaching, "Collective coaching hours", "hours", Innovation,
            (q, p) => CoachingHoursAsync(q, p, CoachingKind.Collective), CoachingLink, (q, p) => CoachingHoursByQuarterAsync(q, p, CoachingKind.Collective)),
        new("milestones.enterprises_created", Milestones, "Enterprises created", "enterprises", Innovation,
            EnterprisesCreatedAsync, (s, _) => ForIncubator("/projects", s)),
        new("milestones.jobs_created", Milestones, "Jobs created", "FTE", Innovation | MissionThemes.Youth,
            (q, p) => MilestoneSumAsync(q, p, MilestoneKind.JobsCreated, null), (s, _) => ForIncubator("/projects", s)),
        new("milestones.funds_raised.cad", Milestones, "Funds raised in Canadian dollars", "CAD", Innovation,
            (q, p) => MilestoneSumAsync(q, p, MilestoneKind.FundsRaised, "CAD"), (s, _) => ForIncubator("/projects", s)),
        new("milestones.funds_raised.eur", Milestones, "Funds raised in euros", "EUR", Innovation,
            (q, p) => MilestoneSumAsync(q, p, MilestoneKind.FundsRaised, "EUR"), (s, _) => ForIncubator("/projects", s)),
        new("circles.sessions_held", Circles, "Circle sessions held", "sessions", Innovation | MissionThemes.Digital,
            CircleSessionsAsync, (_, _) => "/circles", CircleSessionsByQuarterAsync),
        new("circles.attendance", Circles, "Attendance at circle sessions", "attendances", Innovation | MissionThemes.Digital,
            CircleAttendanceAsync, (_, _) => "/circles"),
        new("circles.co_facilitation", Circles, "Co-facilitation of circle sessions", "co-facilitations", Innovation | MissionThemes.Digital,
            CoFacilitationAsync, (_, _) => "/circles"),
        new("commitments.done", Agreements, "Commitments done", "commitments", Innovation,
            (q, p) => CommitmentsAsync(q, p, CommitmentState.Done), (_, _) => "/agreements"),
        new("commitments.open", Agreements, "Commitments open", "commitments", Innovation,
            (q, p) => CommitmentsAsync(q, p, CommitmentState.Open), (_, _) => "/agreements"),
        new("commitments.overdue", Agreements, "Commitments overdue", "commitments", Innovation,
            (q, p) => CommitmentsAsync(q, p, CommitmentState.Overdue), (_, _) => "/agreements"),
        new("missions.held", Mobility, "Delegation missions", "missions", Innovation,
            MissionsAsync, (_, _) => "/missions"),
        new("mobility.placements", Mobility, "Mobility placements started", "placements", MissionThemes.Youth,
            PlacementsAsync, (_, _) => "/mobility/placements", PlacementsByQuarterAsync),
    ];

    public static IndicatorDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);

    /// <summary>The themes of an indicator, one by one, in their order.</summary>
    public static IEnumerable<MissionThemes> ThemesOf(IndicatorDefinition definition) =>
        Enum.GetValues<MissionThemes>().Where(t => t != MissionThemes.None && definition.Themes.HasFlag(t));

    private static string ForIncubator(string path, IndicatorScope scope) =>
        scope.OrganisationId is { } id ? $"{path}?incubator={id}" : path;

    private static string CoachingLink(IndicatorScope scope, ReportingPeriod period) =>
        $"/coaching/hours?from={period.From:yyyy-MM-dd}&to={period.To:yyyy-MM-dd}";

    private static Instant Earliest(Instant a, Instant b) => a < b ? a : b;

    private static Instant Latest(Instant a, Instant b) => a > b ? a : b;

    private sealed record SideKindMinutes(Side Side, CoachingKind Kind, int Quarter, int Minutes);

    /// <summary>The minutes of coaching of the period by side, kind and quarter (the quarter's bit), one statement.</summary>
    private static Task<List<SideKindMinutes>> CoachingMinutesAsync(IndicatorQuery query, ReportingPeriod period) =>
        query.OnceAsync("coaching", period, () =>
        {
            var (qs, qe) = IndicatorQuery.Bounds(period, Side.Quebec);
            var (fs, fe) = IndicatorQuery.Bounds(period, Side.France);
            var (low, high, now) = (Earliest(qs, fs), Latest(qe, fe), query.Now);
            var sessions = query.Db.CoachingSessions.AsNoTracking().Where(s => s.StartsAt >= low && s.StartsAt < high && s.StartsAt <= now);
            if (query.Scope.OrganisationId is { } organisation) sessions = sessions.Where(s => s.IncubatorId == organisation);
            return IndicatorQuery.ByQuarter(sessions
                .Where(s => s.Incubator.Side == Side.Quebec ? s.StartsAt >= qs && s.StartsAt < qe : s.StartsAt >= fs && s.StartsAt < fe)
                .GroupBy(s => new { s.Incubator.Side, s.Kind, Quarter = IndicatorQuery.QuarterBit(s.StartsAt, s.Incubator.Side) })
                .Select(g => new SideKindMinutes(g.Key.Side, g.Key.Kind, g.Key.Quarter, g.Sum(s => s.DurationMinutes))), period)
                .ToListAsync();
        });

    private static async Task<IndicatorFigure> CoachingHoursAsync(IndicatorQuery query, ReportingPeriod period, CoachingKind kind)
    {
        var rows = (await CoachingMinutesAsync(query, period)).Where(r => r.Kind == kind);
        return IndicatorFigure.Of(rows.GroupBy(r => r.Side).Select(g => (g.Key, CoachingHours.ToHours(g.Sum(r => r.Minutes)))));
    }

    /// <summary>Each quarter's hours, as <see cref="CoachingHoursAsync"/> counts them over a quarter.</summary>
    private static async Task<IReadOnlyList<decimal>> CoachingHoursByQuarterAsync(IndicatorQuery query, ReportingPeriod period, CoachingKind kind)
    {
        var rows = (await CoachingMinutesAsync(query, period)).Where(r => r.Kind == kind).ToList();
        return period.Quarters().Select((_, i) => IndicatorFigure.Of(rows.Where(r => r.Quarter == 1 << i)
            .GroupBy(r => r.Side).Select(g => (g.Key, CoachingHours.ToHours(g.Sum(r => r.Minutes))))).Value).ToList();
    }

    private sealed record SideStageCount(Side Side, CanonicalStage? Stage, int Count);

    private static async Task<IndicatorFigure> ProjectsAccompaniedAsync(IndicatorQuery query, ReportingPeriod period)
    {
        // Where the quarters were read (the page's trend), the period's projects are every row's, once each.
        var rows = query.TryRead<List<ProjectsInQuarters>>("accompanied", period, out var byQuarter)
            ? byQuarter
            : await CoachedProjectsAsync(query, period, [period]);
        var parts = Enum.GetValues<CanonicalStage>().Select(s => (Key: (CanonicalStage?)s, Label: "CanonicalStage." + s))
            .Append((null, "No stage"))
            .Select(s => new IndicatorFigure.Part(s.Key?.ToString() ?? "none", s.Label, true, rows.Where(r => r.Stage == s.Key).Sum(r => r.Count)))
            .Where(p => p.Value > 0)
            .ToList();
        return IndicatorFigure.Of(rows.Select(r => (r.Side, (decimal)r.Count)), parts);
    }

    /// <summary>How many projects of a side and stage were coached in exactly the parts of the period whose bits are set.</summary>
    private sealed record ProjectsInQuarters(Side Side, CanonicalStage? Stage, int Quarters, int Count);

    private static async Task<IReadOnlyList<decimal>> ProjectsAccompaniedByQuarterAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var quarters = period.Quarters();
        var rows = await query.OnceAsync("accompanied", period, () => CoachedProjectsAsync(query, period, quarters));
        return quarters.Select((_, i) => (decimal)rows.Where(r => (r.Quarters & (1 << i)) != 0).Sum(r => r.Count)).ToList();
    }

    /// <summary>The projects coached in <paramref name="period"/>, by side, current stage and the set of
    /// <paramref name="parts"/> (its quarters, or the period itself) they were coached in, in one statement: the
    /// sessions of the period read once as one range of the index on date and project, grouped by project with the
    /// parts it was coached in on each side's clock, then the projects joined and counted by side, stage and parts.</summary>
    private static Task<List<ProjectsInQuarters>> CoachedProjectsAsync(IndicatorQuery query, ReportingPeriod period, IReadOnlyList<ReportingPeriod> parts)
    {
        var (qs, qe) = IndicatorQuery.Bounds(period, Side.Quebec);
        var (fs, fe) = IndicatorQuery.Bounds(period, Side.France);
        var (low, high, now) = (Earliest(qs, fs), Latest(qe, fe), query.Now);
        var db = query.Db;
        var projects = db.Projects.AsNoTracking();
        if (query.Scope.OrganisationId is { } organisation) projects = projects.Where(p => p.IncubatorId == organisation);
        var byProject = IndicatorQuery.InParts(db.CoachingSessionProjects.AsNoTracking()
            .Where(sp => sp.StartsAt >= low && sp.StartsAt < high && sp.StartsAt <= now)
            .GroupBy(sp => sp.ProjectId)
            .Select(g => new
            {
                ProjectId = g.Key,
                Quebec = IndicatorQuery.PartBits(g.Select(sp => sp.StartsAt), Side.Quebec),
                France = IndicatorQuery.PartBits(g.Select(sp => sp.StartsAt), Side.France),
            }), parts);
        return (from c in byProject
                join p in projects on c.ProjectId equals p.Id
                let bits = p.Incubator.Side == Side.Quebec ? c.Quebec : c.France
                where bits != 0
                group p by new { p.Incubator.Side, Stage = p.CurrentStage == null ? (CanonicalStage?)null : p.CurrentStage.CanonicalStage, Bits = bits } into g
                select new ProjectsInQuarters(g.Key.Side, g.Key.Stage, g.Key.Bits, g.Count()))
            .ToListAsync();
    }

    private sealed record MilestoneRow(Side Side, MilestoneKind Kind, string Currency, string LegalForm, int Count, decimal Amount, decimal Fte);

    /// <summary>The milestones reached in the period (planned ones, dated after today, are not), by side, kind,
    /// currency and legal form. The sums are added here: SQLite cannot add decimals.</summary>
    private static Task<List<MilestoneRow>> MilestoneRowsAsync(IndicatorQuery query, ReportingPeriod period) =>
        query.OnceAsync("milestones", period, async () =>
        {
            var last = period.To < query.Today ? period.To : query.Today;
            var projects = query.Db.Projects.AsNoTracking();
            if (query.Scope.OrganisationId is { } organisation) projects = projects.Where(p => p.IncubatorId == organisation);
            var rows = await (
                    from m in query.Db.Milestones.AsNoTracking()
                    join p in projects on m.ProjectId equals p.Id
                    where m.On >= period.From && m.On <= last
                    select new { p.Incubator.Side, m.Kind, m.Currency, m.LegalForm, m.Amount, m.Fte })
                .ToListAsync();
            return rows.GroupBy(r => (r.Side, r.Kind, r.Currency, LegalForm: r.LegalForm.Trim()))
                .Select(g => new MilestoneRow(g.Key.Side, g.Key.Kind, g.Key.Currency, g.Key.LegalForm, g.Count(),
                    g.Sum(r => r.Amount ?? 0), g.Sum(r => r.Fte ?? 0)))
                .ToList();
        });

    private static async Task<IndicatorFigure> EnterprisesCreatedAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var created = (await MilestoneRowsAsync(query, period)).Where(r => r.Kind == MilestoneKind.LegalCreation).ToList();
        var parts = created.GroupBy(r => r.LegalForm, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new IndicatorFigure.Part(g.Key, g.Key, false, g.Sum(r => r.Count)))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Label, StringComparer.CurrentCulture)
            .ToList();
        return IndicatorFigure.Of(created.Select(r => (r.Side, (decimal)r.Count)), parts);
    }

    /// <summary>Jobs in FTE, or funds raised in one currency: other currencies are left out, never converted.</summary>
    private static async Task<IndicatorFigure> MilestoneSumAsync(IndicatorQuery query, ReportingPeriod period, MilestoneKind kind, string? currency)
    {
        var rows = (await MilestoneRowsAsync(query, period)).Where(r => r.Kind == kind && (currency is null || r.Currency == currency));
        return IndicatorFigure.Of(rows.Select(r => (r.Side, currency is null ? r.Fte : r.Amount)));
    }

    private sealed record HeldSession(Guid Id, Guid CircleId, LocalDate On);

    /// <summary>The circle sessions held in the period: not cancelled, started by now, dated in their organiser's zone.
    /// For an organisation, the circles one of its members belongs to.</summary>
    private static Task<List<HeldSession>> HeldSessionsAsync(IndicatorQuery query, ReportingPeriod period) =>
        query.OnceAsync("circles", period, async () =>
        {
            var db = query.Db;
            // Each session's day is its organiser's: read a day more on each side, then keep the days of the period.
            var low = period.From.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var high = period.To.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            var now = query.Now;
            var sessions = db.CircleSessions.AsNoTracking().Where(s => s.CancelledAt == null && s.StartsAt >= low && s.StartsAt < high && s.StartsAt <= now);
            if (query.Scope.OrganisationId is { } organisation)
                sessions = sessions.Where(s => db.CircleMembers.Any(m => m.CircleId == s.CircleId
                    && db.Memberships.Any(ms => ms.UserId == m.UserId && ms.OrganisationId == organisation)));
            var rows = await sessions.Select(s => new { s.Id, s.CircleId, s.StartsAt, s.TimeZoneId }).ToListAsync();
            return rows.Select(r => new HeldSession(r.Id, r.CircleId, r.StartsAt.InZone(TimeZones.Get(r.TimeZoneId)).Date))
                .Where(r => period.Contains(r.On)).ToList();
        });

    /// <summary>Circle sessions have no side of their own: the split counts each session for the sides of its
    /// co-facilitators (a co-animated session counts on both).</summary>
    private static async Task<IndicatorFigure> CircleSessionsAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var held = await HeldSessionsAsync(query, period);
        var sides = (await CoFacilitatorsAsync(query, held)).Where(f => f.Count > 0).ToList();
        var bySide = Enum.GetValues<Side>().ToDictionary(s => s, s => (decimal)held.Count(h => sides.Any(c => c.CircleId == h.CircleId && c.Side == s)));
        return new IndicatorFigure(held.Count, bySide, []);
    }

    private sealed record CoFacilitators(Guid CircleId, Side Side, int Count);

    /// <summary>The co-facilitators of each side of the circles of <paramref name="held"/>: its members, and those counted
    /// when retention anonymised it.</summary>
    private static async Task<List<CoFacilitators>> CoFacilitatorsAsync(IndicatorQuery query, List<HeldSession> held)
    {
        var circles = held.Select(h => h.CircleId).Distinct().ToList();
        var db = query.Db;
        var rows = await db.Circles.AsNoTracking().Where(c => circles.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Quebec = c.AnonymousCoFacilitatorsQuebec + c.Members.Count(m => m.IsCoFacilitator && m.Side == Side.Quebec),
                France = c.AnonymousCoFacilitatorsFrance + c.Members.Count(m => m.IsCoFacilitator && m.Side == Side.France),
            })
            .ToListAsync();
        return rows.SelectMany(r => new[] { new CoFacilitators(r.Id, Side.Quebec, r.Quebec), new CoFacilitators(r.Id, Side.France, r.France) }).ToList();
    }

    /// <summary>Each quarter's sessions held, from the period's (dated in their organiser's zone).</summary>
    private static async Task<IReadOnlyList<decimal>> CircleSessionsByQuarterAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var held = await HeldSessionsAsync(query, period);
        return period.Quarters().Select(q => (decimal)held.Count(h => q.Contains(h.On))).ToList();
    }

    /// <summary>Attendees marked present, by the side they take part from.</summary>
    private static async Task<IndicatorFigure> CircleAttendanceAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var ids = (await HeldSessionsAsync(query, period)).Select(h => h.Id).ToList();
        var db = query.Db;
        // A session of a circle anonymised by retention keeps its attendance as numbers by side.
        var rows = await db.CircleSessions.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                Quebec = s.AnonymousPresentQuebec + db.SessionAttendance.Count(a => a.SessionId == s.Id && a.Present
                    && db.CircleMembers.Any(m => m.CircleId == s.CircleId && m.UserId == a.UserId && m.Side == Side.Quebec)),
                France = s.AnonymousPresentFrance + db.SessionAttendance.Count(a => a.SessionId == s.Id && a.Present
                    && db.CircleMembers.Any(m => m.CircleId == s.CircleId && m.UserId == a.UserId && m.Side == Side.France)),
            })
            .ToListAsync();
        return IndicatorFigure.Of(rows.SelectMany(r => new[] { (Side.Quebec, (decimal)r.Quebec), (Side.France, (decimal)r.France) }));
    }

    /// <summary>Co-facilitations of the sessions held: one for each co-facilitator of the session's circle, by their
    /// side; balanced when both sides have as many.</summary>
    private static async Task<IndicatorFigure> CoFacilitationAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var held = await HeldSessionsAsync(query, period);
        var facilitators = await CoFacilitatorsAsync(query, held);
        var sessionsPerCircle = held.GroupBy(h => h.CircleId).ToDictionary(g => g.Key, g => g.Count());
        return IndicatorFigure.Of(facilitators.Select(f => (f.Side, (decimal)(f.Count * sessionsPerCircle[f.CircleId]))));
    }

    public enum CommitmentState { Done, Open, Overdue }

    private sealed record Occurrence(Side Side, CommitmentState State);

    /// <summary>The due dates of the commitments of agreements in force or expired that fall in the period: done when
    /// marked so, overdue when past and not done, open otherwise. For an organisation, the commitments it owes.</summary>
    private static async Task<IndicatorFigure> CommitmentsAsync(IndicatorQuery query, ReportingPeriod period, CommitmentState state)
    {
        var occurrences = await query.OnceAsync("commitments", period, async () =>
        {
            var db = query.Db;
            var commitments = db.Commitments.AsNoTracking().Where(c => c.DueOn <= period.To
                && db.Agreements.Any(a => a.Id == c.AgreementId && (a.Status == AgreementStatus.Signed || a.Status == AgreementStatus.Expired)));
            if (query.Scope.OrganisationId is { } organisation) commitments = commitments.Where(c => c.Party.OrganisationId == organisation);
            var rows = await commitments.Select(c => new { c.Id, c.DueOn, c.Recurrence, c.Party.Organisation.Side }).ToListAsync();
            var done = (await db.CommitmentCompletions.AsNoTracking()
                    .Where(d => d.DueOn >= period.From && d.DueOn <= period.To && commitments.Any(c => c.Id == d.CommitmentId))
                    .Select(d => new { d.CommitmentId, d.DueOn }).ToListAsync())
                .Select(d => (d.CommitmentId, d.DueOn)).ToHashSet();
            return rows.SelectMany(c => Commitment.Occurrences(c.DueOn, c.Recurrence, period.To).Where(period.Contains)
                    .Select(d => new Occurrence(c.Side,
                        done.Contains((c.Id, d)) ? CommitmentState.Done : d < query.Today ? CommitmentState.Overdue : CommitmentState.Open)))
                .ToList();
        });
        return IndicatorFigure.Of(occurrences.Where(o => o.State == state).Select(o => (o.Side, 1m)));
    }

    /// <summary>Missions not cancelled that overlap the period, on the side they leave from.</summary>
    private static async Task<IndicatorFigure> MissionsAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var missions = query.Db.Missions.AsNoTracking()
            .Where(m => m.Status != MissionStatus.Cancelled && m.StartsOn <= period.To && m.EndsOn >= period.From);
        if (query.Scope.OrganisationId is { } organisation)
            missions = missions.Where(m => m.LeadOrganisationId == organisation || m.Members.Any(x => x.OrganisationId == organisation));
        var rows = await missions.GroupBy(m => m.Direction).Select(g => new { Direction = g.Key, Count = g.Count() }).ToListAsync();
        return IndicatorFigure.Of(rows.Select(r => (r.Direction == MissionDirection.QuebecToFrance ? Side.Quebec : Side.France, (decimal)r.Count)));
    }

    private sealed record PlacementsOn(Side Side, LocalDate On, int Count);

    /// <summary>Placements not withdrawn that start in the period, by sending side and day. For an organisation, those
    /// it sends or hosts.</summary>
    private static Task<List<PlacementsOn>> PlacementsByDayAsync(IndicatorQuery query, ReportingPeriod period) =>
        query.OnceAsync("placements", period, () =>
        {
            var placements = query.Db.Placements.AsNoTracking()
                .Where(p => p.Status != PlacementStatus.Withdrawn && p.StartsOn >= period.From && p.StartsOn <= period.To);
            if (query.Scope.OrganisationId is { } organisation)
                placements = placements.Where(p => p.SendingOrganisationId == organisation || p.HostOrganisationId == organisation);
            return placements.GroupBy(p => new { p.SendingOrganisation.Side, p.StartsOn })
                .Select(g => new PlacementsOn(g.Key.Side, g.Key.StartsOn, g.Count())).ToListAsync();
        });

    /// <summary>Placements started in the period, on their sending side.</summary>
    private static async Task<IndicatorFigure> PlacementsAsync(IndicatorQuery query, ReportingPeriod period) =>
        IndicatorFigure.Of((await PlacementsByDayAsync(query, period)).Select(r => (r.Side, (decimal)r.Count)));

    private static async Task<IReadOnlyList<decimal>> PlacementsByQuarterAsync(IndicatorQuery query, ReportingPeriod period)
    {
        var rows = await PlacementsByDayAsync(query, period);
        return period.Quarters().Select(q => (decimal)rows.Where(r => q.Contains(r.On)).Sum(r => r.Count)).ToList();
    }
}
