
namespace Passerelles.Web.Features.Missions;

/// <summary>A presentation at an event: its slot in the place's time and both sides', its speakers, slides and what it
/// presents; the feedback of those who attended, and the contacts made there. Whoever sees the event writes feedback
/// and records contacts; its editors and speakers add and remove speakers. A contact is personal data: it is shown to
/// those who change the presentation, to whoever recorded it and to those who control its controller organisation.</summary>
public sealed class PresentationDetailsModel(AppDbContext db, CurrentActor actors, PeoplePicks people, PersonPicks persons, ViewerTime time,
    IStringLocalizer<Text> t) : PageModel
{
    public const string NoMembership = "Contacts are recorded for an organisation you are a member of.";
    public const string UnknownPerson = "Choose a person from the suggestions.";
    public const string NameOrPerson = "Choose a person of the directory or give a name.";

    public sealed class FeedbackForm
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(PresentationFeedback.TextMaxLength)]
        [Display(Name = "Your feedback")]
        public string? Text { get; set; }
    }

    public sealed class ContactForm : IValidatableObject
    {
        [Display(Name = "Person of the directory")]
        public Guid? PersonId { get; set; }

        [StringLength(PresentationContact.NameMaxLength)]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [StringLength(PresentationContact.NameMaxLength)]
        [Display(Name = "Organisation")]
        public string? OrganisationName { get; set; }

        [EmailAddress(ErrorMessage = "Give a valid e-mail address.")]
        [StringLength(PresentationContact.EmailMaxLength)]
        [Display(Name = "E-mail")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [Display(Name = "Recorded for")]
        public Guid? ControllerOrganisationId { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (PersonId is null && string.IsNullOrWhiteSpace(Name))
                yield return new ValidationResult(validationContext.GetRequiredService<IStringLocalizer<Text>>()[NameOrPerson], [nameof(Name)]);
        }
    }

    public sealed record FeedbackRow(Guid Id, string Author, Instant WrittenAt, string Text, bool MayDelete);
    public sealed record ContactRow(Guid Id, string Name, string OrganisationName, string Email, Guid? PersonId, string RecordedBy, Instant RecordedAt, bool MayDelete);

    [BindProperty(Name = "Feedback")] public FeedbackForm Feedback { get; set; } = new();
    [BindProperty(Name = "Contact")] public ContactForm Contact { get; set; } = new();

    public Event Event { get; private set; } = null!;
    public Presentation Presentation { get; private set; } = null!;
    public bool Edits { get; private set; }

    /// <summary>Whether the person edits the event: they delete the presentation, and any feedback or contact on it.</summary>
    public bool EditsEvent { get; private set; }
    public string? Track { get; private set; }
    public string? Grid { get; private set; }
    public Guid? GridVersionId { get; private set; }
    public string? Project { get; private set; }
    public IReadOnlyList<PickerChoice> Speakers { get; private set; } = [];
    public IReadOnlyList<FeedbackRow> FeedbackRows { get; private set; } = [];
    public IReadOnlyList<ContactRow> Contacts { get; private set; } = [];
    public int HiddenContacts { get; private set; }
    public Picker? ContactPicker { get; private set; }
    public IReadOnlyList<Actor.Membership> Memberships { get; private set; } = [];
    public Picker? SpeakerPicker { get; private set; }
    public IReadOnlyList<string> Zones { get; private set; } = [];

    private static string SpeakerField => "SpeakerId";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        return await ShowAsync(access, actor);
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (actor.UserId is not { } userId) return Forbid();
        ClearOthers(nameof(Feedback));
        if (!ModelState.IsValid) return await ShowAsync(access, actor);
        db.PresentationFeedback.Add(new PresentationFeedback { PresentationId = id, AuthorId = userId, WrittenAt = time.Now, Text = Feedback.Text!.Trim() });
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Thank you: your feedback was recorded."].Value;
        return Redirect($"/events/presentations/{id}#feedback");
    }

    public async Task<IActionResult> OnPostContactAsync(Guid id)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (actor.UserId is not { } userId) return Forbid();
        ClearOthers(nameof(Contact));
        if (this.IsSearchStep()) return await ShowAsync(access, actor);
        if (Contact.ControllerOrganisationId is { } controller && !actor.MemberOf.Contains(controller))
            ModelState.AddModelError($"{nameof(Contact)}.{nameof(ContactForm.ControllerOrganisationId)}", t[NoMembership]);
        if (Contact.PersonId is { } person && !await persons.MayPickAsync(new PersonContext(Presentation: id), person))
            ModelState.AddModelError($"{nameof(Contact)}.{nameof(ContactForm.PersonId)}", t[UnknownPerson]);
        if (!ModelState.IsValid) return await ShowAsync(access, actor);
        db.PresentationContacts.Add(new PresentationContact
        {
            PresentationId = id, PersonId = Contact.PersonId, Name = Contact.Name?.Trim() ?? "", OrganisationName = Contact.OrganisationName?.Trim() ?? "",
            Email = Contact.Email?.Trim() ?? "", ControllerOrganisationId = Contact.ControllerOrganisationId!.Value, RecordedById = userId, RecordedAt = time.Now,
        });
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The contact was recorded."].Value;
        return Redirect($"/events/presentations/{id}#contacts");
    }

    public async Task<IActionResult> OnPostSpeakerAsync(Guid id, Guid? speakerId)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        ClearOthers(SpeakerField);
        if (this.IsSearchStep()) return await ShowAsync(access, actor);
        if (speakerId is not { } userId || !await people.MayPickAsync(new PeopleContext(Presentation: id), userId))
        {
            ModelState.AddModelError(SpeakerField, t[UnknownPerson]);
            return await ShowAsync(access, actor);
        }
        db.PresentationSpeakers.Add(new PresentationSpeaker { PresentationId = id, UserId = userId });
        await db.SaveChangesAsync();
        TempData["Notice"] = t["The speaker was added."].Value;
        return Redirect($"/events/presentations/{id}#speakers");
    }

    public async Task<IActionResult> OnPostRemoveSpeakerAsync(Guid id, Guid speakerId)
    {
        var actor = await actors.GetAsync();
        if (await PresentationAccess.LoadAsync(db, actor, id) is not { } access) return NotFound();
        if (!access.Edits) return Forbid();
        await db.PresentationSpeakers.Where(s => s.PresentationId == id && s.UserId == speakerId).ExecuteDeleteAsync();
        TempData["Notice"] = t["The speaker was removed."].Value;
        return Redirect($"/events/presentations/{id}#speakers");
    }

    /// <summary>Only the form that was sent is checked: the page's other forms were not filled.</summary>
    private void ClearOthers(string sent)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(sent, StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    private async Task<IActionResult> ShowAsync(PresentationAccess access, Actor actor)
    {
        (Event, Presentation, Edits) = (access.Event, access.Presentation, access.Edits);
        var id = Presentation.Id;
        Zones = TimeZones.BothSides(viewerZone: time.ZoneId).Prepend(Presentation.ZoneId).Distinct().ToList();
        Track = Event.Tracks.SingleOrDefault(x => x.Id == Presentation.TrackId)?.Name;
        if (Presentation.GridId is { } grid)
        {
            var version = await db.GridVersions.AsNoTracking().Where(v => v.GridId == grid && v.Status == Grids.GridStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Title }).FirstOrDefaultAsync();
            (GridVersionId, Grid) = (version?.Id, version?.Title.ForCurrentCulture());
        }
        Project = Presentation.ProjectId is { } project
            ? await db.Projects.AsNoTracking().VisibleTo(actor).Where(p => p.Id == project).Select(p => p.Name).SingleOrDefaultAsync()
            : null;
        Speakers = await db.PresentationSpeakers.AsNoTracking().Where(s => s.PresentationId == id)
            .Select(s => new PickerChoice(s.UserId, s.User.DisplayName)).ToListAsync();
        EditsEvent = actor.MayEdit(Event);
        FeedbackRows = await db.PresentationFeedback.AsNoTracking().Where(f => f.PresentationId == id).OrderBy(f => f.WrittenAt)
            .Select(f => new FeedbackRow(f.Id, f.Author.DisplayName, f.WrittenAt, f.Text, EditsEvent || f.AuthorId == actor.UserId)).ToListAsync();
        var contacts = await db.PresentationContacts.AsNoTracking().Where(c => c.PresentationId == id).OrderBy(c => c.RecordedAt).ToListAsync();
        var shown = contacts.Where(c => actor.MaySeeContact(Edits, c)).ToList();
        HiddenContacts = contacts.Count - shown.Count;
        var personIds = shown.Select(c => c.PersonId).OfType<Guid>().ToList();
        var names = await db.People.AsNoTracking().VisibleTo(actor).Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        var recorderIds = shown.Select(c => c.RecordedById).Distinct().ToList();
        var recorders = await db.Users.AsNoTracking().Where(u => recorderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Contacts = shown.Select(c => new ContactRow(c.Id, c.PersonId is { } p ? names.GetValueOrDefault(p, c.Name) : c.Name, c.OrganisationName, c.Email,
            c.PersonId is { } known && names.ContainsKey(known) ? known : null, recorders.GetValueOrDefault(c.RecordedById, ""), c.RecordedAt,
            actor.MayDelete(Event, c))).ToList();
        Memberships = actor.Memberships;
        if (Memberships.Count > 0)
            ContactPicker = await persons.PickerAsync(this, new PersonContext(Presentation: id), $"{nameof(Contact)}.{nameof(ContactForm.PersonId)}",
                t["Person of the directory"], Contact.PersonId, t["Someone not in the directory"]);
        if (Edits)
            SpeakerPicker = await people.PickerAsync(this, new PeopleContext(Presentation: id), SpeakerField, t["Speaker to add"], null);
        return Page();
    }
}
