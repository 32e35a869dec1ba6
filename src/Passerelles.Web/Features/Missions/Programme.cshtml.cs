
namespace Passerelles.Web.Features.Missions;

/// <summary>The printable, bilingual programme of a mission: a page per day, each time in the local time of its place
/// with the delegation's home time beside it, the places of the visits (on a map when script and tiles are there) and
/// the host contacts.</summary>
public sealed class ProgrammeModel(AppDbContext db, CurrentActor actors, IConfiguration configuration, IStringLocalizer<Text> t) : PageModel
{
    public MissionProgramme Programme { get; private set; } = null!;
    public Bilingual Labels { get; private set; } = null!;
    public MapTiles Tiles { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await MissionProgramme.LoadAsync(db, await actors.GetAsync(), id, cancellationToken) is not { } programme) return NotFound();
        Programme = programme;
        Labels = Bilingual.For(CultureInfo.CurrentUICulture, programme.HomeSide, t);
        Tiles = MapTiles.From(configuration);
        Response.Headers.CacheControl = "private, no-store";
        return Page();
    }
}
