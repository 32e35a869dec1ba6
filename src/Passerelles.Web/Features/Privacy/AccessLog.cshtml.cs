namespace Passerelles.Web.Features.Privacy;

/// <summary>The audit trail of who read or exported personal data, newest first, searched by person, by reader and by
/// period (days in the viewer's zone), and exported as CSV (the export is itself a line). Network administrators see
/// every line; the officers and administrators of organisations (<see cref="PrivacyOfficerRules"/>) see the lines about
/// the people and the placements their organisations answer for.</summary>
public sealed class AccessLogModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : ListPageModel
{
    public const int PageSize = 50;
    public const string Path = "/privacy/access-log";
    public const string CsvExport = "access-log-csv";

    /// <summary>A line of the trail; the reader's or the person's name is missing once their record is gone. A placement's
    /// document names its kind and the placement's student.</summary>
    public sealed record Row(Instant At, string? Reader, string? ReaderEmail, PersonalDataAccessKind Kind, Guid? PersonId, string? Person, string Export,
        Guid? PlacementId, string Document, string? Student, int Count)
    {
        /// <summary>An export, or a list or file read in a record, rather than one person's entry.</summary>
        public bool NamesList => Export.Length > 0 && (Kind == PersonalDataAccessKind.Export || PersonId is null);
    }

    [BindProperty(SupportsGet = true, Name = "person"), StringLength(120), Display(Name = "Person concerned")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "user"), StringLength(120), Display(Name = "Who read or exported")]
    public string? UserText { get; set; }

    [BindProperty(SupportsGet = true, Name = "from"), DateInRange, Display(Name = "From")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to"), DateInRange, Display(Name = "Until")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LogAsync() is not { } log) return Forbid();
        await CountPagesAsync(log, PageSize);
        Rows = await Project(log.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await LogAsync() is not { } log) return Forbid();
        var rows = await Project(log.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)).ToListAsync();
        db.PersonalDataAccessLog.Add(new PersonalDataAccess { UserId = User.UserId()!.Value, Kind = PersonalDataAccessKind.Export, Export = CsvExport, At = time.Now });
        await db.SaveChangesAsync();
        var header = new[] { "When", "Who", "Access", "Personal data" }.Select(key => t[key].Value).ToList();
        var lines = rows.Select(r => (IReadOnlyList<string>)
        [
            When(r.At), $"{r.Reader ?? t["Deleted account"].Value} {r.ReaderEmail}".Trim(), t["PersonalDataAccessKind." + r.Kind].Value,
            r.PlacementId is not null ? $"{r.Document} {r.Student}".Trim() : r.NamesList ? ListText(r) : r.Person ?? t["Erased person"].Value,
        ]);
        Response.Headers.CacheControl = "private, no-store";
        return File(Csv.GuardedFile(header, lines), "text/csv; charset=utf-8", $"personal-data-access-{time.InViewerZone(time.Now).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }

    /// <summary>The lines the person may read, filtered as asked; null when they answer for no organisation's privacy.</summary>
    private async Task<IQueryable<PersonalDataAccess>?> LogAsync()
    {
        var actor = await actors.GetAsync();
        var log = db.PersonalDataAccessLog.AsNoTracking();
        if (!actor.IsNetworkAdministrator)
        {
            var duties = (await db.PrivacyDutiesAsync(actor)).ToList();
            if (duties.Count == 0) return null;
            log = log.Where(a => db.People.Any(p => p.Id == a.PersonId && duties.Contains(p.ControllerOrganisationId))
                || db.Placements.Any(p => p.Id == a.PlacementId && duties.Contains(p.SendingOrganisationId))
                || (a.OrganisationId != null && duties.Contains(a.OrganisationId.Value)));
        }
        if (!ModelState.IsValid) return log;
        if (Person?.Trim() is { Length: > 0 } person)
        {
            // Names are matched on their folded search keys, so the match ignores case and accents on every database.
            var key = Organisation.SearchKey(person);
            log = log.Where(a => db.People.Any(p => p.Id == a.PersonId && p.SearchName.Contains(key))
                || db.Placements.Any(p => p.Id == a.PlacementId && p.Student!.SearchName.Contains(key)));
        }
        if (UserText?.Trim() is { Length: > 0 } reader)
        {
            var key = Organisation.SearchKey(reader);
            var email = reader.ToUpperInvariant();
            log = log.Where(a => db.Users.Any(u => u.Id == a.UserId && (u.SearchName.Contains(key) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(email)))));
        }
        var zone = TimeZones.Get(time.ZoneId);
        if (From is { } from)
        {
            var start = LocalDate.FromDateOnly(from).AtStartOfDayInZone(zone).ToInstant();
            log = log.Where(a => a.At >= start);
        }
        if (To is { } until)
        {
            var end = LocalDate.FromDateOnly(until).PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            log = log.Where(a => a.At < end);
        }
        return log;
    }

    private IQueryable<Row> Project(IQueryable<PersonalDataAccess> log) =>
        log.Select(a => new Row(
            a.At,
            db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            db.Users.Where(u => u.Id == a.UserId).Select(u => u.Email).FirstOrDefault(),
            a.Kind,
            a.PersonId,
            db.People.Where(p => p.Id == a.PersonId).Select(p => p.DisplayName).FirstOrDefault(),
            a.Export,
            a.PlacementId,
            a.Document,
            db.Placements.Where(p => p.Id == a.PlacementId).Select(p => p.Student!.DisplayName).FirstOrDefault(),
            a.Count));

    /// <summary>A list, export or download: what it was, and how many people it named when it named several.</summary>
    public string ListText(Row row)
    {
        var what = t["AccessTrail." + row.Export] is { ResourceNotFound: false } named ? named.Value : row.Export;
        return row.Count > 1 ? $"{what} ({t.Plural(row.Count, "{0} person", "{0} people").Value})" : what;
    }

    public string When(Instant instant) => time.DateTime(instant);

    public string PageLink(int page) => QueryLink.ToPage(Path, Request.Query, page);

    public string CsvLink => QueryLink.With(Path, Request.Query, ("handler", "Csv"), ("p", null));
}
