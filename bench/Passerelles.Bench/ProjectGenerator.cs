using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using NodaTime;
using Passerelles.Web.Data;
using Passerelles.Web.Features.Account;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Bench;

/// <summary>Synthetic incubation written straight into the database: the incubators' stage models, programmes, cohorts
/// and coaches are made through the app's model (a few hundred rows), then projects with their themes, stage history,
/// team and milestones, and coaching sessions with their projects and actions, in bulk (one transaction of prepared
/// inserts on SQLite, binary COPY on PostgreSQL). Works on a database that <c>generate</c> filled or on an empty one.</summary>
internal sealed class ProjectGenerator(Func<AppDbContext> newContext, int projects, int sessions, int seed = 2018)
{
    /// <summary>How many incubators run the programmes: the network is a dozen incubators, even when the generated
    /// directory lists thousands of organisations of that kind.</summary>
    private const int Incubators = 12;
    private const int CoachesPerIncubator = 4;
    private static readonly string[] Heads = ["Coopérative", "Atelier", "Épicerie solidaire", "Ressourcerie", "Tiers-lieu", "Conserverie", "Café", "Fabrique", "Garage solidaire", "Serre", "Friperie", "Cantine"];
    private static readonly string[] Domains = ["des élèves", "du vélo", "numérique", "de quartier", "des aînés", "du réemploi", "agricole", "culturelle", "maritime", "forestière", "des familles", "de l'insertion"];
    private static readonly string[] Places = ["Joliette", "L'Assomption", "Repentigny", "Terrebonne", "Rawdon", "Saint-Lin", "Tarnos", "Boucau", "Ondres", "Bayonne", "Pau", "Mont-de-Marsan", "Capbreton", "Seignosse"];
    private static readonly string[] Needs = ["Pas de service de proximité", "Des invendus gaspillés", "Peu d'emplois pour les jeunes", "L'isolement des aînés", "Le manque de logement abordable", "La fracture numérique"];
    private static readonly string[] Themes = ["Innovation", "Youth", "Digital", "GenderEquality", "Alimentation", "Mobilité", "Économie circulaire", "Logement", "Culture", "Insertion"];
    private static readonly string[] Topics = ["Modèle d'affaires", "Gouvernance", "Financement", "Étude de marché", "Statuts", "Recrutement", "Communication", "Plan de trésorerie"];

    private readonly Random _random = new(seed);

    private sealed record Incubator(Guid Id, Side Side, string Zone, List<(Guid Id, CanonicalStage Canonical)> Stages, List<(Guid Id, LocalDate StartsOn)> Cohorts, List<Guid> Coaches);

    private sealed record ProjectRow(Guid Id, Incubator Incubator, Guid? CohortId, LocalDate Start, string Status, int StageIndex, bool Active);

    public async Task<(int Projects, int Sessions)> WriteAsync(string connectionString, bool postgres)
    {
        var incubators = await PrepareIncubatorsAsync();
        var now = SystemClock.Instance.GetCurrentInstant();
        var tables = Generate(incubators, now);
        if (postgres) WritePostgres(connectionString, tables);
        else WriteSqlite(connectionString, tables);
        return (projects, sessions);
    }

    /// <summary>A dozen incubators (the first ones recorded, plus synthetic ones when there are fewer), each with a stage model, a programme
    /// with yearly cohorts and a few coaches.</summary>
    private async Task<List<Incubator>> PrepareIncubatorsAsync()
    {
        await using var db = newContext();
        var existing = await db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Incubator);
        for (var i = existing; i < Incubators; i++)
        {
            var side = i % 2 == 0 ? Side.Quebec : Side.France;
            db.Organisations.Add(new Organisation
            {
                Name = $"Incubateur d'économie sociale n° {i + 1}", Kind = OrganisationKind.Incubator, Side = side,
                CountryCode = side == Side.Quebec ? "CA" : "FR", Region = side == Side.Quebec ? "Lanaudière" : "Nouvelle-Aquitaine",
                LegalForm = side == Side.Quebec ? "OBNL" : "Association loi 1901", DefaultCulture = side == Side.Quebec ? "fr-CA" : "fr-FR",
                TimeZoneId = side == Side.Quebec ? "America/Toronto" : "Europe/Paris", IsPublic = true,
            });
        }
        await db.SaveChangesAsync();

        var result = new List<Incubator>();
        var incubators = await db.Organisations.Where(o => o.Kind == OrganisationKind.Incubator)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).Take(Incubators).ToListAsync();
        foreach (var (organisation, index) in incubators.Select((o, i) => (o, i)))
        {
            await StageModel.EnsureAsync(db, organisation.Id);
            const string programmeName = "Parcours d'incubation (banc d'essai)";
            if (!await db.Programmes.AnyAsync(p => p.IncubatorId == organisation.Id && p.Name == programmeName))
            {
                var programme = new Programme { IncubatorId = organisation.Id, Name = programmeName };
                for (var year = 2019; year <= 2026; year++)
                    programme.Cohorts.Add(new Cohort { Name = $"Cohorte {year} (banc d'essai)", StartsOn = new LocalDate(year, 9, 1), EndsOn = new LocalDate(year + 1, 6, 30), Capacity = 1000 });
                db.Programmes.Add(programme);
            }
            var coaches = await db.Memberships.Where(m => m.OrganisationId == organisation.Id && m.Role == MemberRole.Coach).Select(m => m.UserId).ToListAsync();
            for (var k = coaches.Count; k < CoachesPerIncubator; k++)
            {
                var email = $"coach{k + 1}.incubateur{index + 1}.{organisation.Id.ToString()[..8]}@bench.passerelles.test";
                var user = new AppUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    DisplayName = $"Coach {k + 1} ({organisation.Name})", SecurityStamp = Guid.NewGuid().ToString("N"), EmailConfirmed = true,
                };
                db.Users.Add(user);
                db.Memberships.Add(new Membership { OrganisationId = organisation.Id, UserId = user.Id, Role = MemberRole.Coach });
            }
            await db.SaveChangesAsync();
            result.Add(new Incubator(
                organisation.Id, organisation.Side, organisation.Side == Side.Quebec ? "America/Toronto" : "Europe/Paris",
                (await db.IncubatorStages.Where(s => s.IncubatorId == organisation.Id).OrderBy(s => s.Position).Select(s => new { s.Id, s.CanonicalStage }).ToListAsync())
                    .Select(s => (s.Id, s.CanonicalStage)).ToList(),
                (await db.Cohorts.Where(c => c.Programme.IncubatorId == organisation.Id).OrderBy(c => c.StartsOn).Select(c => new { c.Id, c.StartsOn }).ToListAsync())
                    .Select(c => (c.Id, c.StartsOn)).ToList(),
                await db.Memberships.Where(m => m.OrganisationId == organisation.Id && m.Role == MemberRole.Coach).Select(m => m.UserId).ToListAsync()));
        }
        return result;
    }

    /// <summary>A table to fill: its name, columns, and rows of values (Guid, string, int, decimal, DateTime in UTC,
    /// DateOnly, or null).</summary>
    private sealed record Table(string Name, string[] Columns, IEnumerable<object?[]> Rows);

    private List<Table> Generate(List<Incubator> incubators, Instant now)
    {
        var stamp = now.ToDateTimeUtc();
        var today = now.InUtc().Date;
        var rows = new List<ProjectRow>(projects);
        var projectValues = new List<object?[]>(projects);
        var themes = new List<object?[]>();
        var changes = new List<object?[]>();
        var members = new List<object?[]>();
        var milestones = new List<object?[]>();

        for (var i = 0; i < projects; i++)
        {
            var incubator = Pick(incubators);
            var cohort = Pick(incubator.Cohorts);
            var roll = _random.Next(100);
            var status = roll < 80 ? "Active" : roll < 88 ? "Exited" : roll < 93 ? "Applied" : roll < 97 ? "WaitingList" : "Declined";
            var accepted = status is "Active" or "Exited";
            var stageIndex = accepted ? (status == "Exited" ? incubator.Stages.Count - 1 : _random.Next(incubator.Stages.Count - 1)) : -1;
            var id = Guid.NewGuid();
            var place = Pick(Places);
            var project = Project.ApplyTo(incubator.Id, $"{Pick(Heads)} {Pick(Domains)} de {place} n° {i + 1}");
            project.Summary = $"{project.Name} : un projet collectif {Pick(Domains)} porté par ses membres.";
            project.NeedAddressed = Pick(Needs);
            project.Territory = place;
            var projectThemes = Enumerable.Range(0, 1 + _random.Next(3)).Select(_ => Pick(Themes)).Distinct().ToList();
            var decidedAt = cohort.StartsOn.AtMidnight().InUtc().ToInstant().ToDateTimeUtc();
            var currentStage = stageIndex >= 0 ? incubator.Stages[stageIndex].Id : (Guid?)null;
            projectValues.Add(
            [
                id, incubator.Id, accepted ? cohort.Id : null, project.Name, project.SearchName, project.Summary, project.NeedAddressed,
                "Habitants du territoire", project.Territory, "", status, status == "Declined" ? "Hors du champ de l'économie sociale" : "",
                status == "Applied" ? null : decidedAt, status == "Exited" ? "Launched" : null,
                status == "Exited" ? cohort.StartsOn.PlusMonths(10).ToDateOnly() : null, currentStage,
                _random.Next(100) < 3 ? stamp : null, "", "", stamp, stamp, 1, ProjectSearchText.Of(project, projectThemes),
            ]);
            foreach (var theme in projectThemes) themes.Add([id, theme]);
            for (var step = 0; step <= stageIndex; step++)
            {
                var at = cohort.StartsOn.PlusDays(step * 40).AtMidnight().InUtc().ToInstant() + Duration.FromHours(15);
                changes.Add([Guid.NewGuid(), id, incubator.Stages[step].Id, at.ToDateTimeUtc(), Pick(incubator.Coaches), step == 0 ? "" : "Étape franchie"]);
            }
            for (var m = 1 + _random.Next(4); m > 0; m--)
                members.Add([Guid.NewGuid(), id, null, $"Membre {m} du projet {i + 1}", "", m == 1 ? "Porteur·euse" : "Membre", stamp, stamp, 1]);
            if (stageIndex >= 4)
            {
                var currency = incubator.Side == Side.Quebec ? "CAD" : "EUR";
                var created = cohort.StartsOn.PlusMonths(6);
                milestones.Add(Milestone(id, "LegalCreation", created, "Coopérative", RegistryNumber(incubator.Side), null, "", null, stamp));
                milestones.Add(Milestone(id, "FundsRaised", created.PlusMonths(1), "", "", 5_000m + _random.Next(100) * 1_000m, currency, null, stamp));
                milestones.Add(Milestone(id, "JobsCreated", created.PlusMonths(3), "", "", null, "", 0.5m + _random.Next(8) * 0.5m, stamp));
                if (status == "Active") milestones.Add(Milestone(id, "FirstRevenue", today.PlusMonths(2), "", "", 2_000m, currency, null, stamp));
            }
            rows.Add(new ProjectRow(id, incubator, accepted ? cohort.Id : null, cohort.StartsOn, status, stageIndex, accepted));
        }

        var coached = rows.Where(r => r.Active).ToList();
        var byIncubator = coached.GroupBy(r => r.Incubator.Id).ToDictionary(g => g.Key, g => g.ToList());
        var sessionValues = new List<object?[]>(sessions);
        var sessionProjects = new List<object?[]>(sessions + sessions / 4);
        var actions = new List<object?[]>(sessions / 3);
        for (var s = 0; s < sessions && coached.Count > 0; s++)
        {
            var project = Pick(coached);
            var incubator = project.Incubator;
            var collective = _random.Next(100) < 15;
            var zone = DateTimeZoneProviders.Tzdb[incubator.Zone];
            var day = project.Start.PlusDays(_random.Next(Math.Max(1, Period.Between(project.Start, today.PlusDays(30), PeriodUnits.Days).Days)));
            var startsAt = day.At(new LocalTime(9 + _random.Next(8), _random.Next(2) * 30)).InZoneLeniently(zone).ToInstant().ToDateTimeUtc();
            var id = Guid.NewGuid();
            var coach = Pick(incubator.Coaches);
            sessionValues.Add([id, incubator.Id, collective ? "Collective" : "Individual", startsAt, incubator.Zone, 30 + _random.Next(6) * 30, coach, Pick(Topics), "", stamp, stamp, 1]);
            var coachedHere = new HashSet<Guid> { project.Id };
            if (collective)
                for (var k = 2 + _random.Next(5); k > 0; k--) coachedHere.Add(Pick(byIncubator[incubator.Id]).Id);
            foreach (var projectId in coachedHere) sessionProjects.Add([id, projectId, startsAt]);
            if (_random.Next(3) == 0)
            {
                var due = day.PlusDays(14);
                var done = due < today && _random.Next(10) < 7 ? (object)due.AtMidnight().InUtc().ToInstant().ToDateTimeUtc() : null;
                actions.Add([Guid.NewGuid(), id, incubator.Id, project.Id, "Préparer le point suivant", coach, due.ToDateOnly(), done, stamp, stamp, 1]);
            }
        }

        return
        [
            new("Projects", ["Id", "IncubatorId", "CohortId", "Name", "SearchName", "Summary", "NeedAddressed", "Beneficiaries", "Territory",
                "LegalFormEnvisaged", "Status", "DeclineReason", "DecidedAt", "ExitOutcome", "ExitedOn", "CurrentStageId", "ArchivedAt",
                "ApplicantEmail", "ApplicantCulture", "CreatedAt", "UpdatedAt", "Version", "SearchText"], projectValues),
            new("ProjectThemes", ["ProjectId", "Name"], themes),
            new("StageChanges", ["Id", "ProjectId", "StageId", "At", "AuthorId", "Reason"], changes),
            new("ProjectMembers", ["Id", "ProjectId", "UserId", "DisplayName", "Email", "Role", "CreatedAt", "UpdatedAt", "Version"], members),
            new("Milestones", ["Id", "ProjectId", "Kind", "On", "LegalForm", "RegistryNumber", "Amount", "Currency", "Fte", "Note", "CreatedAt", "UpdatedAt", "Version"], milestones),
            new("CoachingSessions", ["Id", "IncubatorId", "Kind", "StartsAt", "TimeZoneId", "DurationMinutes", "CoachId", "Topics", "Notes", "CreatedAt", "UpdatedAt", "Version"], sessionValues),
            new("CoachingSessionProjects", ["SessionId", "ProjectId", "StartsAt"], sessionProjects),
            new("CoachingActions", ["Id", "SessionId", "IncubatorId", "ProjectId", "Description", "OwnerId", "DueOn", "DoneAt", "CreatedAt", "UpdatedAt", "Version"], actions),
        ];
    }

    private static object?[] Milestone(Guid projectId, string kind, LocalDate on, string legalForm, string registry, decimal? amount, string currency, decimal? fte, DateTime stamp) =>
        [Guid.NewGuid(), projectId, kind, on.ToDateOnly(), legalForm, registry, amount, currency, fte, "", stamp, stamp, 1];

    /// <summary>A valid NEQ (10 digits) or SIREN (9 digits, the last a Luhn check digit).</summary>
    private string RegistryNumber(Side side)
    {
        if (side == Side.Quebec) return "11" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var body = _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + check;
            if (RegistryNumbers.IsSiren(candidate)) return candidate;
        }
        throw new InvalidOperationException("No check digit fits.");
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static void WriteSqlite(string connectionString, List<Table> tables)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -2000000;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        foreach (var table in tables)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) " +
                                 $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"${i + 1}"))})";
            for (var i = 1; i <= table.Columns.Length; i++) insert.Parameters.Add(new SqliteParameter("$" + i, null));
            insert.Prepare();
            foreach (var row in table.Rows)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    insert.Parameters[i].Value = row[i] switch
                    {
                        null => DBNull.Value,
                        Guid id => id.ToString().ToUpperInvariant(),
                        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        decimal number => number.ToString(CultureInfo.InvariantCulture),
                        var value => value,
                    };
                }
                insert.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.ExecuteNonQuery();
    }

    private static void WritePostgres(string connectionString, List<Table> tables)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        // Foreign-key checks off for the load (a superuser is needed); the rows are consistent by construction.
        using (var replica = new NpgsqlCommand("SET session_replication_role = replica;", connection)) replica.ExecuteNonQuery();
        foreach (var table in tables)
        {
            using var copy = connection.BeginBinaryImport(
                $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in table.Rows)
            {
                copy.StartRow();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: copy.WriteNull(); break;
                        case Guid id: copy.Write(id, NpgsqlDbType.Uuid); break;
                        case string text: copy.Write(text, NpgsqlDbType.Text); break;
                        case int number: copy.Write(number, NpgsqlDbType.Integer); break;
                        case decimal number: copy.Write(number, NpgsqlDbType.Numeric); break;
                        case DateTime at: copy.Write(at, NpgsqlDbType.TimestampTz); break;
                        case DateOnly date: copy.Write(date, NpgsqlDbType.Date); break;
                        default: throw new InvalidOperationException($"No COPY type for {value.GetType()}.");
                    }
                }
            }
            copy.Complete();
        }
        using (var origin = new NpgsqlCommand("SET session_replication_role = origin;", connection)) origin.ExecuteNonQuery();
        using var analyze = new NpgsqlCommand("VACUUM ANALYZE;", connection) { CommandTimeout = 3600 };
        analyze.ExecuteNonQuery();
    }
}
