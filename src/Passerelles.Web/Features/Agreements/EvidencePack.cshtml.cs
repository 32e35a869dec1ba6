namespace Passerelles.Web.Features.Agreements;

/// <summary>Downloads the evidence pack of an agreement signed by every party, in the reader's language. The first
/// download in a language generates it and keeps its bytes and SHA-256; later downloads return the same file. Before
/// every party has signed (or when the stored text no longer matches the signatures) the page says why instead.</summary>
public sealed class EvidencePackModel(AppDbContext db, CurrentActor actors, TimeProvider clock, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>What the access trail calls this export: the pack names each signatory and their sign-in evidence.</summary>
    public const string TrailName = "agreement-evidence-pack";

    public AgreementFile AgreementFile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await AgreementFile.LoadAsync(db, await actors.GetAsync(), id) is not { } file) return NotFound();
        AgreementFile = file;
        if (!file.IsFinal)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var name = CultureInfo.CurrentUICulture.Name;
        var culture = Cultures.IsSupported(name) ? Cultures.Normalise(name) : Cultures.English;
        var pack = await FindAsync(id, file.CurrentNumber, culture) ?? await GenerateAsync(file, culture);
        await db.TraceAsync(User.UserId(), reader => PersonalDataAccess.OfRecord(reader, PersonalDataAccessKind.Export, TrailName, id, null,
            file.CurrentSignatures.Count, Instant.FromDateTimeOffset(clock.GetUtcNow())));
        return File(pack.Content, "application/pdf", $"agreement-{file.CurrentNumber}-{culture}.pdf");
    }

    private Task<AgreementEvidencePack?> FindAsync(Guid id, int version, string culture) =>
        db.AgreementEvidencePacks.AsNoTracking().SingleOrDefaultAsync(p => p.AgreementId == id && p.VersionNumber == version && p.Culture == culture);

    private async Task<AgreementEvidencePack> GenerateAsync(AgreementFile file, string culture)
    {
        var id = file.Agreement.Id;
        var trail = await AgreementFile.TrailAsync(db, id);
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var content = EvidencePackDocument.Build(file, trail, t, now);
        var pack = new AgreementEvidencePack
        {
            AgreementId = id, VersionNumber = file.CurrentNumber, Culture = culture, Content = content,
            PdfSha256 = EvidencePackDocument.Sha256(content), TextSha256 = file.CurrentSha256, GeneratedAt = now,
        };
        db.AgreementEvidencePacks.Add(pack);
        try
        {
            await db.SaveChangesAsync();
            return pack;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            // Someone generated it at the same moment: theirs is the one kept, so hand out the same bytes.
            db.ChangeTracker.Clear();
            return (await FindAsync(id, file.CurrentNumber, culture))!;
        }
    }
}
