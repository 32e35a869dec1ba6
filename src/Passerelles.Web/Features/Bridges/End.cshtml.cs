namespace Passerelles.Web.Features.Bridges;

/// <summary>Ends a bridge on a date, after confirmation: it stays on record, as history.</summary>
public sealed class EndModel(AppDbContext db, CurrentActor actors, ViewerTime time, IStringLocalizer<Text> t) : BridgeChangePageModel(db, actors)
{
    [BindProperty]
    [Required]
    [DateInRange]
    [Display(Name = "End date")]
    public DateOnly? EndDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } result) return NotFound();
        if (result is ForbidResult) return result;
        EndDate = time.InViewerZone(time.Now).Date.ToDateOnly();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } result) return NotFound();
        if (result is ForbidResult) return result;
        if (EndDate is { } end && Bridge.StartDate is { } start && LocalDate.FromDateOnly(end) < start)
            ModelState.AddModelError(nameof(EndDate), t["The end date cannot be before the start date."]);
        if (!ModelState.IsValid) return Page();

        var bridge = await Db.Bridges.FindAsync(id);
        bridge!.End(LocalDate.FromDateOnly(EndDate!.Value));
        await Db.SaveChangesAsync();
        TempData["Notice"] = t["The bridge was ended."].Value;
        return Redirect("/bridges");
    }

}
