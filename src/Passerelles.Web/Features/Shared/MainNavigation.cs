namespace Passerelles.Web.Features.Shared;

/// <summary>The main menu: each section appears only when the person can use it, by the same rules as its pages. Staff
/// need no query; others one. A partner guest keeps the directory and the bridges, and the
/// circles and agreements they take part in.</summary>
public sealed class MainNavigation(AppDbContext db, CurrentActor actors, IWebHostEnvironment environment, IServiceProvider services) : ViewComponent
{
    public sealed record Section(string Path, string Label);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var actor = await actors.GetAsync();
        var sections = new List<Section>();
        if (actor.IsSignedIn) sections = await SectionsForAsync(actor);
        return View("/Features/Shared/_MainNavigation.cshtml", sections);
    }

    private async Task<List<Section>> SectionsForAsync(Actor actor)
    {
        // People in the incubation work itself: staff, and project holders with or without an account on their team.
        var reach = actor.IsStaffSomewhere ? new Reach(true, true, true, true) : await ReachAsync(actor);
        var incubation = actor.IsStaffSomewhere || actor.Roles.Values.Contains(MemberRole.ProjectMember) || reach.Projects;
        var sections = new List<Section> { new("/", "Home") };
        if (actor.IsStaffSomewhere) sections.Add(new("/organisations", "Organisations"));
        sections.Add(new("/directory", "Directory"));
        if (incubation) sections.Add(new("/projects", "Projects"));
        if (actor.MayStartCircle() || reach.Circles) sections.Add(new("/circles", "Circles"));
        sections.Add(new("/bridges", "Bridges"));
        if (actor.MayStartAgreement() || reach.Agreements) sections.Add(new("/agreements", "Agreements"));
        if (actor.MayPlanMission() || reach.Missions) sections.Add(new("/missions", "Missions"));
        sections.Add(new("/mobility", "Mobility"));
        if (incubation) sections.Add(new("/grids", "Grids"));
        if (incubation) sections.Add(new("/people", "People"));
        if (actor.MayCreateEvent()) sections.Add(new("/events", "Events"));
        if (actor.SeesSomeIndicators()) sections.Add(new("/indicators", "Indicators"));
        if (actor.MayManageGrants()) sections.Add(new("/funding/grants", "Grants"));
        if (actor.MayManageGrants()) sections.Add(new("/reports", "Reports"));
        if (actor.SeesParity()) sections.Add(new("/parity", "Parity"));
        if (actor.IsNetworkAdministrator && environment.IsDevelopment() && services.GetService<PickupDirectoryMailer>() is not null)
            sections.Add(new("/dev/mail", "Outgoing mail"));
        return sections;
    }

    private sealed record Reach(bool Projects, bool Circles, bool Agreements, bool Missions);

    /// <summary>Whether the person sees any project, circle, agreement or mission, asked in one statement.</summary>
    private Task<Reach> ReachAsync(Actor actor)
    {
        var projects = db.Projects.VisibleTo(actor);
        var circles = db.Circles.VisibleTo(actor);
        var agreements = db.Agreements.VisibleTo(actor);
        var missions = db.Missions.VisibleTo(actor);
        return db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(_ => new Reach(projects.Any(), circles.Any(), agreements.Any(), missions.Any()))
            .SingleAsync();
    }
}
