namespace Passerelles.Web.Infrastructure;

/// <summary>A page that shows a list a page at a time: the page the reader asked for (<c>?p=</c>), kept within the
/// pages there are, and how many rows and pages there are, for the pager partial.</summary>
public abstract class ListPageModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = QueryLink.PageKey)] public int PageNumber { get; set; } = 1;
    public int Total { get; private set; }
    public int PageCount { get; private set; }

    /// <summary>Counts the rows and moves the page asked for within the pages there are.</summary>
    protected async Task CountPagesAsync<T>(IQueryable<T> rows, int pageSize) => CountPages(await rows.CountAsync(), pageSize);

    protected void CountPages(int total, int pageSize)
    {
        Total = total;
        PageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
    }
}
