using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Passerelles.Web.Features.Mobility;

/// <summary>The dates of a stay in a residence: from the first night to the day of departure, within the placement.</summary>
public sealed class StayForm
{
    [Required]
    [Display(Name = "Arrival")]
    public DateOnly? From { get; set; }

    [Required]
    [Display(Name = "Departure")]
    public DateOnly? Until { get; set; }

    // Read once the dates are known to be there: validation must not read them.
    [ValidateNever] public LocalDate FromDate => LocalDate.FromDateOnly(From!.Value);
    [ValidateNever] public LocalDate UntilDate => LocalDate.FromDateOnly(Until!.Value);

    /// <summary>Adds, next to each date under <paramref name="prefix"/>, why it cannot be a stay of this placement.</summary>
    public void Check(Placement placement, ModelStateDictionary state, string prefix, IStringLocalizer t)
    {
        if (From is null || Until is null) return;
        var within = t["The stay must fall within the placement, from {0} to {1}.", placement.StartsOn.ToDateOnly().ToString("d"), placement.EndsOn.ToDateOnly().ToString("d")];
        if (FromDate < placement.StartsOn || FromDate > placement.EndsOn) state.AddModelError($"{prefix}.From", within);
        if (UntilDate <= FromDate) state.AddModelError($"{prefix}.Until", t["The stay must end after it starts."]);
        else if (UntilDate > placement.EndsOn) state.AddModelError($"{prefix}.Until", within);
    }
}
