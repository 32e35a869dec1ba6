
namespace Passerelles.Web.Features.Missions;

/// <summary>What happened at a visit or a meeting: the notes, the people met (from the directory, or new ones added to
/// it under the mission's lead organisation as controller), the outcomes against the mission's objectives, documents and
/// photos (a photo only with the consent of everyone shown on it), the follow-ups decided there, and a bridge proposed
/// between the organisation visited and one of the delegation. Every showing of the people met is a read of personal
/// data, kept in the access trail.</summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class RecordVisitModel(AppDbContext db, CurrentActor actors, ViewerTime time, PersonPicks persons, PeoplePicks people,
    OrganisationPicks organisations, VisitFiles files, FollowUpReminders followUps, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Twice the file limit, so a file somewhat too large is refused with a message rather than cut off.</summary>
    public const long MaxRequestBytes = 2 * ResourceFiles.MaxBytes;

    public sealed class NotesForm
    {
        [StringLength(VisitRecord.NotesMaxLength)]
        [Display(Name = "Notes")]
        public string? Text { get; set; }

        public int Version { get; set; }
    }

    public sealed class MetForm
    {
        [Required]
        [Display(Name = "Person met")]
        public Guid? PersonId { get; set; }

        [Display(Name = "Consents to appear in the visit's photos")]
        public bool ConsentsToPhotos { get; set; }
    }

    public sealed class NewPersonForm
    {
        [Required]
        [StringLength(Person.DisplayNameMaxLength)]
        [Display(Name = "Name")]
        public string? Name { get; set; }

        [StringLength(120)]
        [Display(Name = "Role")]
        public string? Role { get; set; }

        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256)]
        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        [Display(Name = "Consents to appear in the visit's photos")]
        public bool ConsentsToPhotos { get; set; }
    }

    public sealed class OutcomeForm
    {
        [Required]
        [Display(Name = "Objective")]
        public Guid? ObjectiveId { get; set; }

        [Required]
        [StringLength(VisitOutcome.TextMaxLength)]
        [Display(Name = "Outcome")]
        public string? Text { get; set; }
    }

    public sealed class FileForm
    {
        [Required]
        [StringLength(VisitFile.TitleMaxLength)]
        [Display(Name = "Title")]
        public string? Title { get; set; }

        [Required]
        [Display(Name = "File")]
        public IFormFile? File { get; set; }

        [Display(Name = "People shown")]
        public List<Guid> Shown { get; set; } = [];

        [Display(Name = "Nobody can be recognised on it")]
        public bool NobodyShown { get; set; }
    }

    public sealed class FollowUpForm
    {
        [Required]
        [StringLength(MissionFollowUp.TextMaxLength)]
        [Display(Name = "Follow-up")]
        public string? Text { get; set; }

        [Required]
        [Display(Name = "Owner")]
        public Guid? OwnerId { get; set; }

        [Required]
        [Display(Name = "Due on")]
        public DateOnly? DueOn { get; set; }
    }

    public sealed class BridgeForm
    {
        [Required]
        [Display(Name = "Organisation of the delegation")]
        public Guid? OrganisationId { get; set; }
    }

    public sealed record PersonRow(Guid Id, Guid PersonId, string Name, string Role, string Email, bool ConsentsToPhotos);

    public sealed record OutcomeRow(Guid Id, int Position, string Objective, string Text);

    /// <summary>A file of the visit; for a photo, the people shown on it and those of them who no longer consent: while
    /// there is one, the photo is withheld.</summary>
    public sealed record FileRow(Guid Id, string Title, string FileName, long Size, bool IsPhoto, IReadOnlyList<string> Shown, IReadOnlyList<string> Withdrawn, bool ShowedErased)
    {
        public bool Withheld => Withdrawn.Count > 0 || ShowedErased;
    }

    public sealed record FollowUpRow(Guid Id, string Text, string Owner, LocalDate DueOn, bool Done);

    public sealed record OrganisationChoice(Guid Id, string Name);

    public NotesForm Notes { get; private set; } = new();
    public MetForm Met { get; private set; } = new();
    public NewPersonForm NewPerson { get; private set; } = new();
    public OutcomeForm Outcome { get; private set; } = new();
    public FileForm Upload { get; private set; } = new();
    public FollowUpForm FollowUp { get; private set; } = new();
    public BridgeForm Bridge { get; private set; } = new();

    public VisitScope Visit { get; private set; } = null!;
    public string When { get; private set; } = "";
    public string NotesHtml { get; private set; } = "";
    public IReadOnlyList<PersonRow> PeopleMet { get; private set; } = [];
    public IReadOnlyList<OutcomeRow> Outcomes { get; private set; } = [];
    public IReadOnlyList<FileRow> Files { get; private set; } = [];
    public IReadOnlyList<FollowUpRow> FollowUps { get; private set; } = [];
    public IReadOnlyList<OrganisationChoice> DelegationOrganisations { get; private set; } = [];
    public LocalDate Today { get; private set; }
    public Picker? PersonPicker { get; private set; }
    public Picker? NewPersonOrganisation { get; private set; }
    public Picker? OwnerPicker { get; private set; }

    public string Address => $"/missions/{Visit.Mission.Id}/visits/{Visit.ItemId}/record";

    /// <summary>The confirmation page deleting a part of the record: a file, an outcome, a person met, a follow-up.</summary>
    public string PartAddress(string part, Guid partId) => $"/missions/{Visit.Mission.Id}/visits/{Visit.ItemId}/{part}/{partId}/delete";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid itemId)
    {
        if (await LoadAsync(id, itemId, write: false) is { } refusal) return refusal;
        NewPerson.OrganisationId = Visit.OrganisationId;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostNotesAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(Notes))] NotesForm notes)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        Notes = notes;
        if (!ModelState.IsValid) return await ShowAsync();
        var record = await db.VisitRecords.SingleOrDefaultAsync(r => r.ItemId == itemId);
        if (record is null)
        {
            record = new VisitRecord { ItemId = itemId, MissionId = id };
            db.VisitRecords.Add(record);
        }
        record.Notes = notes.Text?.Trim() ?? "";
        try
        {
            if (!await db.SaveAtVersionAsync(record, notes.Version, ModelState, t, "Notes.Text")) return await ShowAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Notes.Text", t[VersionedSave.ChangedMeanwhile]);
            return await ShowAsync();
        }
        return Done("The notes were saved.", "notes");
    }

    public async Task<IActionResult> OnPostPersonAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(Met))] MetForm met)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        Met = met;
        if (this.IsSearchStep()) return await ShowAsync();
        if (met.PersonId is { } personId && !await persons.MayPickAsync(id, personId))
            ModelState.AddModelError("Met.PersonId", t["This value is not valid."]);
        else if (met.PersonId is { } already && await db.PeopleMet.AnyAsync(p => p.ItemId == itemId && p.PersonId == already))
            ModelState.AddModelError("Met.PersonId", t["This person is already among the people met at this visit."]);
        if (!ModelState.IsValid) return await ShowAsync();
        db.PeopleMet.Add(Meeting(met.PersonId!.Value, met.ConsentsToPhotos));
        await db.SaveChangesAsync();
        return Done("The person met was added.", "people");
    }

    public async Task<IActionResult> OnPostNewPersonAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(NewPerson))] NewPersonForm form)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        NewPerson = form;
        if (this.IsSearchStep()) return await ShowAsync();
        if (form.OrganisationId is { } organisation && !await db.Organisations.VisibleTo(await actors.GetAsync()).AnyAsync(o => o.Id == organisation))
            ModelState.AddModelError("NewPerson.OrganisationId", t["This value is not valid."]);
        if (!ModelState.IsValid) return await ShowAsync();

        // Personal data of the mission's lead organisation as controller; not listed in the directory without consent.
        var person = new Person
        {
            DisplayName = form.Name!.Trim(), Email = form.Email?.Trim() ?? "", ControllerOrganisationId = Visit.Mission.LeadOrganisationId,
            TimeZoneId = Visit.Zone,
        };
        if (form.OrganisationId is { } roleOrganisation)
            person.Roles.Add(new PersonRole { PersonId = person.Id, OrganisationId = roleOrganisation, Title = form.Role?.Trim() ?? "" });
        db.People.Add(person);
        db.PeopleMet.Add(Meeting(person.Id, form.ConsentsToPhotos));
        await db.SaveChangesAsync();
        return Done("{0} was added to the directory and to the people met. They will be listed in the directory only once their consent is recorded.", "people", person.DisplayName);
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid id, Guid itemId, Guid personMetId, bool consents)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        var met = await db.PeopleMet.SingleOrDefaultAsync(p => p.Id == personMetId && p.ItemId == itemId);
        if (met is null) return NotFound();
        met.RecordPhotoConsent(consents, time.Now, User.UserId()!.Value);
        await db.SaveChangesAsync();
        return Done(consents ? "The consent to photos was recorded." : "The consent to photos was withdrawn.", "people");
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(Outcome))] OutcomeForm outcome)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        Outcome = outcome;
        if (outcome.ObjectiveId is { } objective && Visit.Mission.Objectives.All(o => o.Id != objective))
            ModelState.AddModelError("Outcome.ObjectiveId", t["Choose one of the mission's objectives."]);
        if (!ModelState.IsValid) return await ShowAsync();
        db.VisitOutcomes.Add(new VisitOutcome
        {
            ItemId = itemId, ObjectiveId = outcome.ObjectiveId!.Value, Text = outcome.Text!.Trim(), RecordedById = User.UserId()!.Value, RecordedAt = time.Now,
        });
        await db.SaveChangesAsync();
        return Done("The outcome was recorded.", "outcomes");
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(Upload))] FileForm upload)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        Upload = upload;
        var read = upload.File is { } file && ModelState.IsValid ? await ResourceFiles.ReadAsync(file, ModelState, "Upload.File", t) : null;
        if (read is var (_, type) && type.StartsWith("image/", StringComparison.Ordinal)) await CheckPhotoConsentAsync(itemId, upload);
        if (!ModelState.IsValid || read is not var (content, contentType)) return await ShowAsync();

        var visitFile = new VisitFile
        {
            ItemId = itemId, Title = upload.Title!.Trim(), FileName = ResourceFiles.CleanName(upload.File!.FileName), ContentType = contentType,
            Size = content.Length, StoredName = await files.Store.StoreAsync(content), AddedById = User.UserId()!.Value, AddedAt = time.Now,
        };
        db.VisitFiles.Add(visitFile);
        if (visitFile.IsPhoto)
        {
            var shownIds = upload.Shown.Distinct().ToList();
            visitFile.PeopleShown = shownIds.Count;
            db.VisitPhotoPeople.AddRange(shownIds.Select(shown => new VisitPhotoPerson { FileId = visitFile.Id, PersonMetId = shown }));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            await files.Store.DeleteAsync(visitFile.StoredName);
            throw;
        }
        return Done("The file was added.", "files");
    }

    /// <summary>A photo is kept only when the person adding it says who is shown on it, and every one of them consented,
    /// as a session's recording is kept only with the consent of every attendee present.</summary>
    private async Task CheckPhotoConsentAsync(Guid itemId, FileForm upload)
    {
        var shown = upload.Shown.Distinct().ToList();
        if (shown.Count == 0 && !upload.NobodyShown)
        {
            ModelState.AddModelError("Upload.Shown", t["Say who is shown on the photo, or that nobody can be recognised on it."]);
            return;
        }
        var consenting = await db.PeopleMet.Where(p => p.ItemId == itemId && shown.Contains(p.Id) && p.ConsentsToPhotos).CountAsync();
        if (consenting != shown.Count) ModelState.AddModelError("Upload.Shown", t[PersonMet.PhotoNeedsConsent]);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(FollowUp))] FollowUpForm form)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        FollowUp = form;
        if (this.IsSearchStep()) return await ShowAsync();
        if (form.OwnerId is { } owner && Visit.Mission.Members.All(m => m.UserId != owner))
            ModelState.AddModelError("FollowUp.OwnerId", t["Choose someone of the delegation."]);
        if (!ModelState.IsValid) return await ShowAsync();
        var followUp = new MissionFollowUp
        {
            MissionId = id, ItemId = itemId, Text = form.Text!.Trim(), OwnerId = form.OwnerId!.Value, DueOn = LocalDate.FromDateOnly(form.DueOn!.Value),
        };
        db.MissionFollowUps.Add(followUp);
        await db.SaveChangesAsync();
        await followUps.TellOwnerAsync(Request, followUp, Visit.Mission.Title, Visit.Title);
        return Done("The follow-up was added and its owner told by e-mail.", "follow-ups");
    }

    public async Task<IActionResult> OnPostBridgeAsync(Guid id, Guid itemId, [Bind(Prefix = nameof(Bridge))] BridgeForm form)
    {
        if (await LoadAsync(id, itemId, write: true) is { } refusal) return refusal;
        Bridge = form;
        if (Visit.OrganisationId is not { } visited) return NotFound();
        if (form.OrganisationId is { } chosen && (chosen == visited || (await DelegationOrganisationsAsync()).All(o => o.Id != chosen)))
            ModelState.AddModelError("Bridge.OrganisationId", t["Choose an organisation of the delegation."]);
        if (!ModelState.IsValid) return await ShowAsync();
        var other = form.OrganisationId!.Value;
        var exists = await db.Bridges.AnyAsync(b => (b.FromOrganisationId == visited && b.ToOrganisationId == other) || (b.FromOrganisationId == other && b.ToOrganisationId == visited));
        if (exists)
        {
            ModelState.AddModelError("Bridge.OrganisationId", t["A bridge between these organisations is already in the directory."]);
            return await ShowAsync();
        }
        db.Bridges.Add(new Bridge
        {
            FromOrganisationId = visited, ToOrganisationId = other, Kind = BridgeKind.DelegationVisit, Status = BridgeStatus.Proposed,
            StartDate = Visit.StartsAt.InZone(TimeZones.Get(Visit.Zone)).Date,
            Description = t["Met during the mission {0}: {1}.", Visit.Mission.Title, Visit.Title],
        });
        await db.SaveChangesAsync();
        return Done("The bridge was proposed. The staff of either organisation confirm it on its status page.", "bridge");
    }

    private PersonMet Meeting(Guid personId, bool consents)
    {
        var met = new PersonMet { ItemId = Visit.ItemId, PersonId = personId, AddedAt = time.Now };
        if (consents) met.RecordPhotoConsent(true, time.Now, User.UserId()!.Value);
        return met;
    }

    private IActionResult Done(string notice, string section, params object[] arguments)
    {
        TempData["Notice"] = t[notice, arguments].Value;
        return Redirect($"{Address}#{section}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid itemId, bool write)
    {
        var (visit, refusal) = await VisitScope.LoadAsync(db, await actors.GetAsync(), id, itemId, write);
        if (visit is null) return refusal;
        Visit = visit;
        return null;
    }

    /// <summary>The organisations the delegation travels for, and its lead organisation: the other ends a bridge from the
    /// organisation visited may have.</summary>
    private async Task<IReadOnlyList<OrganisationChoice>> DelegationOrganisationsAsync()
    {
        var ids = Visit.Mission.Members.Select(m => m.OrganisationId).Append(Visit.Mission.LeadOrganisationId).Distinct()
            .Where(o => o != Visit.OrganisationId).ToList();
        return (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync())
            .OrderBy(o => o.Name, StringComparer.CurrentCulture).ToList();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var itemId = Visit.ItemId;
        When = time.DateTime(Visit.StartsAt, Visit.Zone);
        Today = time.InViewerZone(time.Now).Date;
        var record = await db.VisitRecords.AsNoTracking().Where(r => r.ItemId == itemId).Select(r => new { r.Notes, r.Version }).SingleOrDefaultAsync();
        NotesHtml = SafeMarkdown.ToHtml(record?.Notes ?? "");
        if (Request.Method == HttpMethods.Get) Notes = new NotesForm { Text = record?.Notes, Version = record?.Version ?? 0 };

        PeopleMet = (await db.PeopleMet.AsNoTracking().Where(p => p.ItemId == itemId)
                .Select(p => new
                {
                    p.Id, p.PersonId, p.Person.DisplayName, p.Person.Email, p.Person.UserId, p.ConsentsToPhotos,
                    Role = p.Person.Roles.OrderBy(r => r.Organisation.Name).Select(r => r.Title == "" ? r.Organisation.Name : r.Title + ", " + r.Organisation.Name).FirstOrDefault(),
                })
                .ToListAsync())
            .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)
            .Select(p => new PersonRow(p.Id, p.PersonId, p.DisplayName, p.Role ?? "", p.Email, p.ConsentsToPhotos))
            .ToList();
        await LogReadsAsync();

        Outcomes = await db.VisitOutcomes.AsNoTracking().Where(o => o.ItemId == itemId)
            .OrderBy(o => o.Objective.Position).ThenBy(o => o.RecordedAt)
            .Select(o => new OutcomeRow(o.Id, o.Objective.Position, o.Objective.Text, o.Text)).ToListAsync();
        var shown = await db.VisitPhotoPeople.AsNoTracking().Where(p => p.PersonMet.ItemId == itemId)
            .Select(p => new { p.FileId, p.PersonMet.Person.DisplayName, p.PersonMet.ConsentsToPhotos }).ToListAsync();
        var files = await db.VisitFiles.AsNoTracking().Where(f => f.ItemId == itemId).OrderBy(f => f.AddedAt)
            .Select(f => new { f.Id, f.Title, f.FileName, f.Size, IsPhoto = f.ContentType.StartsWith("image/"), f.PeopleShown }).ToListAsync();
        Files = files.Select(f => new FileRow(f.Id, f.Title, f.FileName, f.Size, f.IsPhoto,
                shown.Where(p => p.FileId == f.Id).Select(p => p.DisplayName).Order(StringComparer.CurrentCulture).ToList(),
                shown.Where(p => p.FileId == f.Id && !p.ConsentsToPhotos).Select(p => p.DisplayName).Order(StringComparer.CurrentCulture).ToList(),
                f.PeopleShown > shown.Count(p => p.FileId == f.Id)))
            // A withheld photo is shown only to those who may delete it.
            .Where(f => !f.Withheld || Visit.Mission.MayWrite).ToList();
        FollowUps = await db.MissionFollowUps.AsNoTracking().Where(f => f.ItemId == itemId).OrderBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new FollowUpRow(f.Id, f.Text, f.Owner.DisplayName, f.DueOn, f.DoneAt != null)).ToListAsync();

        if (Visit.Mission.MayWrite)
        {
            PersonPicker = await persons.PickerAsync(this, Visit.Mission.Id, "Met.PersonId", t["Person met"], Met.PersonId);
            NewPersonOrganisation = await organisations.PickerAsync(this, "NewPerson.OrganisationId", t["Organisation"], NewPerson.OrganisationId, none: t["None"]);
            OwnerPicker = await people.PickerAsync(this, new PeopleContext(Delegation: Visit.Mission.Id), "FollowUp.OwnerId", t["Owner"], FollowUp.OwnerId);
            if (Visit.OrganisationId is not null) DelegationOrganisations = await DelegationOrganisationsAsync();
        }
        return Page();
    }

    /// <summary>The people met are personal data: each showing of them to someone else is kept in the access trail.</summary>
    private async Task LogReadsAsync()
    {
        if (User.UserId() is not { } reader || PeopleMet.Count == 0) return;
        var own = await db.People.AsNoTracking().Where(p => p.UserId == reader).Select(p => p.Id).ToListAsync();
        foreach (var person in PeopleMet.Where(p => !own.Contains(p.PersonId)))
            db.PersonalDataAccessLog.Add(PersonalDataAccess.Read(reader, person.PersonId, time.Now));
        await db.SaveChangesAsync();
    }
}
