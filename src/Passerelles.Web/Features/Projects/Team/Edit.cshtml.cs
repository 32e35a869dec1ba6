namespace Passerelles.Web.Features.Projects.Team;

/// <summary>The incubator's staff correct a team member's name, e-mail or role; never their gender.</summary>
public sealed class EditModel(AppDbContext db, IAuthorizationService authorization, IStringLocalizer<Text> t)
    : TeamMemberPageModel(db, authorization, t)
{
    [BindProperty] public MemberForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        Input = MemberForm.From(Member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (await LoadAsync(id, memberId) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(Member);
        if (!await Db.SaveAtVersionAsync(Member, Input.Version, ModelState, T)) return Page();
        TempData["Notice"] = T["The team was updated."].Value;
        return Redirect($"/projects/{id}");
    }
}
