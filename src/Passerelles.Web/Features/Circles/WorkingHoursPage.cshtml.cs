namespace Passerelles.Web.Features.Circles;

/// <summary>The person's own working hours, in the time zone of their preferences, which the slot finder keeps to.</summary>
public sealed class WorkingHoursPageModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    public sealed class HoursForm : IValidatableObject
    {
        [Required]
        [Display(Name = "Start of the working day")]
        public TimeOnly? Starts { get; set; }

        [Required]
        [Display(Name = "End of the working day")]
        public TimeOnly? Ends { get; set; }

        public List<IsoDayOfWeek> Days { get; set; } = [];

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
            if (Starts is { } starts && Ends is { } ends && ends <= starts)
                yield return new ValidationResult(t["The day ends after it starts."], [nameof(Ends)]);
            if (!Days.Any(d => d is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday))
                yield return new ValidationResult(t["Choose at least one working day."], [nameof(Days)]);
        }
    }

    [BindProperty] public HoursForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        var window = (await db.WorkingHours.AsNoTracking().SingleOrDefaultAsync(w => w.UserId == userId))?.Window ?? SlotFinder.WorkingWindow.Default;
        Input = new HoursForm { Starts = window.Starts.ToTimeOnly(), Ends = window.Ends.ToTimeOnly(), Days = window.Days.Order().ToList() };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (User.UserId() is not { } userId) return Forbid();
        var hours = await db.WorkingHours.SingleOrDefaultAsync(w => w.UserId == userId);
        if (hours is null) db.WorkingHours.Add(hours = new WorkingHours { UserId = userId });
        hours.Starts = LocalTime.FromTimeOnly(Input.Starts!.Value);
        hours.Ends = LocalTime.FromTimeOnly(Input.Ends!.Value);
        hours.Days = WorkingHours.DaysOf(Input.Days.Distinct());
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your working hours were saved."].Value;
        return Redirect("/circles/working-hours");
    }
}
