using Passerelles.Web.Features.Directory.Export;

namespace Passerelles.Web.Features.Directory.Import;

/// <summary>Plans an import against the directory as it is now, and applies a confirmed one in a single
/// transaction: every row of the confirmed file is written, or none (a file confirmed without its rejected rows
/// holds the valid ones only).</summary>
public sealed class ImportRunner(AppDbContext db, ImportProgress progress, TimeProvider time)
{
    private const int BatchSize = 200;

    public async Task<ImportPlan> PlanAsync(string text, CancellationToken cancellationToken = default)
    {
        var table = OrganisationCsv.Read(text);
        return ImportPlanner.Plan(table, await ExistingAsync(cancellationToken));
    }

    /// <summary>The file without its rejected rows: what importing the valid rows alone applies. Their cells are kept
    /// as the file has them.</summary>
    public async Task<string> ValidRowsAsync(string text, CancellationToken cancellationToken = default)
    {
        var table = OrganisationCsv.Read(text);
        var plan = ImportPlanner.Plan(table, await ExistingAsync(cancellationToken));
        var valid = plan.Rows.Where(r => r.Errors.Count == 0).Select(r => r.Line).ToHashSet();
        var written = new StringWriter(CultureInfo.InvariantCulture);
        Csv.Write(written, table.Rows.Where(r => valid.Contains(r.Line)).Select(r => r.Cells).Prepend(table.Header));
        return written.ToString();
    }

    /// <summary>The file with the row that starts on <paramref name="line"/> replaced by <paramref name="cells"/>
    /// (one for each column of the header), as corrected in the preview; null if no row starts there.</summary>
    public static string? Corrected(string text, int line, IReadOnlyList<string> cells)
    {
        var table = OrganisationCsv.Read(text);
        if (cells.Count != table.Header.Count || table.Rows.All(r => r.Line != line)) return null;
        var written = new StringWriter(CultureInfo.InvariantCulture);
        Csv.Write(written, table.Rows.Select(r => r.Line == line ? cells : r.Cells).Prepend(table.Header));
        return written.ToString();
    }

    /// <summary>The rejected rows as a CSV to correct and import again: the file's columns, cells guarded against
    /// formulas, and a last column of the reasons, in the words <paramref name="translate"/> gives them.</summary>
    public async Task<byte[]> RejectedRowsAsync(string text, string reasonColumn, Func<ImportMessage, string> translate, CancellationToken cancellationToken = default)
    {
        var table = OrganisationCsv.Read(text);
        var plan = ImportPlanner.Plan(table, await ExistingAsync(cancellationToken));
        var reasons = plan.Rows.Where(r => r.Errors.Count > 0).ToDictionary(r => r.Line, r => string.Join(" ", r.Errors.Select(translate)));
        var written = new StringWriter(CultureInfo.InvariantCulture);
        Csv.Write(written, table.Rows.Where(r => reasons.ContainsKey(r.Line))
            .Select(r => (IReadOnlyList<string>)[.. table.Header.Select((_, i) => Csv.NeutraliseFormula(i < r.Cells.Count ? r.Cells[i] : "")), Csv.NeutraliseFormula(reasons[r.Line])])
            .Prepend([.. table.Header, reasonColumn]));
        return Csv.WithBom(written.ToString());
    }

    /// <summary>The whole directory as the planner compares rows with it: the same read as the exports, so an
    /// exported file re-imports as unchanged.</summary>
    private async Task<IReadOnlyList<ExistingOrganisation>> ExistingAsync(CancellationToken cancellationToken) =>
        (await DirectoryExport.AllAsync(db, cancellationToken))
        .Select(o => new ExistingOrganisation(o.Id, o.ExternalId, Organisation.SearchKey(o.Values.Name), o.Values))
        .ToList();

    public async Task ApplyAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || !job.IsUnderway) return;
        job.Status = ImportStatus.Running;
        await db.SaveChangesAsync(cancellationToken);
        var content = job.Content;
        db.ChangeTracker.Clear();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var plan = await PlanAsync(content, cancellationToken);
        if (plan.HasErrors)
        {
            await transaction.RollbackAsync(cancellationToken);
            await FailAsync(jobId, "The file no longer passes its checks: the directory changed since its preview.", cancellationToken);
            return;
        }

        progress.Report(jobId, 0, plan.Rows.Count);
        var done = 0;
        foreach (var batch in plan.Rows.Chunk(BatchSize))
        {
            var ids = batch.Where(r => r.Action == RowAction.Update).Select(r => r.OrganisationId!.Value).ToList();
            var updated = await db.Organisations.Include(o => o.Themes).Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
            foreach (var row in batch)
            {
                switch (row.Action)
                {
                    case RowAction.Create:
                        var created = new Organisation
                        {
                            ExternalId = row.ExternalId,
                            DefaultCulture = row.Values!.Side == Side.Quebec ? Cultures.QuebecFrench : Cultures.FranceFrench,
                            TimeZoneId = row.Values.Side == Side.Quebec ? TimeZones.Quebec : TimeZones.France,
                        };
                        Apply(row.Values, created);
                        db.Organisations.Add(created);
                        break;
                    case RowAction.Update:
                        Apply(row.Values!, updated[row.OrganisationId!.Value]);
                        break;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress.Report(jobId, done, plan.Rows.Count);
        }

        job = await db.ImportJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        job.Complete(plan.Count(RowAction.Create), plan.Count(RowAction.Update), plan.Count(RowAction.Unchanged), Now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task FailAsync(Guid jobId, string reason, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var job = await db.ImportJobs.SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null) return;
        job.Fail(reason, Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    private static void Apply(OrganisationValues values, Organisation organisation)
    {
        organisation.Name = values.Name;
        organisation.Kind = values.Kind;
        organisation.Side = values.Side;
        organisation.CountryCode = values.CountryCode;
        organisation.Region = values.Region;
        organisation.LegalForm = values.LegalForm;
        organisation.Locality = values.Locality;
        organisation.PostalCode = values.PostalCode;
        organisation.StreetAddress = values.StreetAddress;
        organisation.Latitude = values.Latitude;
        organisation.Longitude = values.Longitude;
        organisation.Website = values.Website;
        organisation.Description = values.Description;
        organisation.IsPublic = values.IsPublic;

        var wanted = values.ThemeList.ToHashSet(StringComparer.Ordinal);
        organisation.Themes.RemoveAll(t => !wanted.Contains(t.Name));
        foreach (var name in wanted.Where(n => organisation.Themes.All(t => t.Name != n)))
            organisation.Themes.Add(new OrganisationTheme { Name = name });
    }
}
