namespace Passerelles.Web.Features.Projects.Team;

/// <summary>A team member declares their own gender, changes it or takes it back. No one else can: it is theirs to
/// give, and it is only counted in aggregate for parity. The answer is the one of their account, the same as on their
/// preferences.</summary>
public sealed class MeModel(AppDbContext db, IStringLocalizer<Text> t) : PageModel
{
    /// <summary>Empty to withdraw the declaration; otherwise one of <see cref="SelfDeclaredGender"/>.</summary>
    [BindProperty] public string? Gender { get; set; }

    public Guid ProjectId { get; private set; }
    public string Project { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await FindAsync(id) is not { } user) return NotFound();
        Gender = user.Gender?.ToString() ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await FindAsync(id) is not { } user) return NotFound();
        if (!SelfDeclaredGenders.TryRead(Gender, out var gender))
        {
            ModelState.AddModelError(nameof(Gender), t["This value is not valid."]);
            return Page();
        }
        user.Gender = gender;
        await db.SaveChangesAsync();
        TempData["Notice"] = t["Your answer was saved."].Value;
        return Redirect($"/projects/{id}");
    }

    private async Task<Account.AppUser?> FindAsync(Guid id)
    {
        if (User.UserId() is not { } userId) return null;
        if (!await db.ProjectMembers.AnyAsync(m => m.ProjectId == id && m.UserId == userId)) return null;
        ProjectId = id;
        Project = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync();
        return await db.Users.SingleAsync(u => u.Id == userId);
    }
}
