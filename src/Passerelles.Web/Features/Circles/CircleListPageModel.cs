namespace Passerelles.Web.Features.Circles;

/// <summary>A list of one circle's records (discussions, resources), a page at a time, sorted as the reader asks: the
/// circle is read first, by its members only, and its address gives the links of the sort and the pages.</summary>
public abstract class CircleListPageModel(AppDbContext db, CurrentActor actors, string list) : ListPageModel
{
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "recent";

    protected AppDbContext Db { get; } = db;
    public Guid Id { get; private set; }
    public string Circle { get; private set; } = "";

    /// <summary>Reads the circle's name if the person may see the circle.</summary>
    protected async Task<bool> FindCircleAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        var circle = await Db.Circles.AsNoTracking().VisibleTo(actor).Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync();
        if (circle is null) return false;
        (Id, Circle) = (id, circle);
        return true;
    }

    public string SortLink(string sort) => QueryLink.With($"/circles/{Id}/{list}", Request.Query,
        ("sort", sort == "recent" ? null : sort), (QueryLink.PageKey, null));

    public string PageLink(int page) => QueryLink.ToPage($"/circles/{Id}/{list}", Request.Query, page);
}
