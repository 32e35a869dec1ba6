namespace Passerelles.Web.Features.Circles;

/// <summary>The person's own choice of when to be reminded of their circles' sessions, and how often to receive a
/// digest of their circles.</summary>
public sealed class RemindersPageModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>The times offered as check boxes, in minutes before the session.</summary>
    public static readonly IReadOnlyList<int> Choices = [7 * 24 * 60, 24 * 60, 2 * 60, 60, 15];

    public sealed class RemindersForm : IValidatableObject
    {
        public List<int> MinutesBefore { get; set; } = [];

        [Range(1, 168, ErrorMessage = "Choose a number of hours between 1 and 168.")]
        [Display(Name = "Another time: hours before")]
        public int? OtherHours { get; set; }

        [Display(Name = "Digest of my circles")]
        public DigestFrequency Digest { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            var t = validationContext.GetRequiredService<IStringLocalizer<Text>>();
            if (MinutesBefore.Any(m => !Choices.Contains(m)))
                yield return new ValidationResult(t["Choose among the times offered."], [nameof(MinutesBefore)]);
        }
    }

    [BindProperty] public RemindersForm Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var userId = User.UserId();
        var chosen = await db.ReminderSettings.AsNoTracking().Where(r => r.UserId == userId).SingleOrDefaultAsync();
        var offsets = chosen?.Offsets ?? ReminderSettings.Default;
        Input = new RemindersForm
        {
            MinutesBefore = offsets.Where(Choices.Contains).ToList(),
            OtherHours = offsets.Where(o => !Choices.Contains(o) && o % 60 == 0).Select(o => (int?)(o / 60)).FirstOrDefault(),
            Digest = chosen?.Digest ?? DigestFrequency.Off,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (User.UserId() is not { } userId) return Forbid();
        var settings = await db.ReminderSettings.SingleOrDefaultAsync(r => r.UserId == userId);
        if (settings is null) db.ReminderSettings.Add(settings = new ReminderSettings { UserId = userId });
        var minutes = Input.MinutesBefore.ToList();
        if (Input.OtherHours is { } hours) minutes.Add(hours * 60);
        settings.MinutesBefore = ReminderSettings.Format(minutes);
        settings.Digest = Enum.IsDefined(Input.Digest) ? Input.Digest : DigestFrequency.Off;
        await db.SaveChangesAsync();
        TempData["Notice"] = (minutes.Count == 0 ? t["You will receive no reminders."] : t["Your reminders were saved."]).Value;
        return Redirect("/circles/reminders");
    }

    public static string DigestLabel(DigestFrequency frequency) => frequency switch
    {
        DigestFrequency.Daily => "Daily",
        DigestFrequency.Weekly => "Weekly",
        _ => "No digest",
    };

    public static string Describe(IStringLocalizer t, int minutes) => minutes switch
    {
        >= 24 * 60 when minutes % (24 * 60) == 0 => t.Plural(minutes / (24 * 60), "{0} day before", "{0} days before"),
        >= 60 when minutes % 60 == 0 => t.Plural(minutes / 60, "{0} hour before", "{0} hours before"),
        _ => t.Plural(minutes, "{0} minute before", "{0} minutes before"),
    };
}
