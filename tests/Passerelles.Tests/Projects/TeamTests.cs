using System.Net;
using Microsoft.EntityFrameworkCore;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class TeamTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_add_edit_and_remove_team_members_after_confirmation()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{project.Id}/team/new", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Noé Tremblay", ["Input.Email"] = "noe@example.org", ["Input.Role"] = "Treasurer",
        })).StatusCode);
        var member = await app.WithDbAsync(db => db.ProjectMembers.AsNoTracking().SingleAsync(m => m.ProjectId == project.Id));
        Assert.Equal(("Noé Tremblay", "Treasurer"), (member.DisplayName, member.Role));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{project.Id}/team/{member.Id}/edit", new Dictionary<string, string>
        {
            ["Input.Role"] = "Co-lead",
        })).StatusCode);
        Assert.Equal("Co-lead", await app.WithDbAsync(db => db.ProjectMembers.Where(m => m.Id == member.Id).Select(m => m.Role).SingleAsync()));

        var confirm = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/team/{member.Id}/remove");
        Assert.Contains("Noé Tremblay", confirm.Text("h1"));
        Assert.Equal(1, await app.WithDbAsync(db => db.ProjectMembers.CountAsync(m => m.ProjectId == project.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(staff, "main form")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectMembers.CountAsync(m => m.ProjectId == project.Id)));
    }

    [Theory]
    [InlineData("Input.DisplayName", "", "This field is required.")]
    [InlineData("Input.Email", "nope", "This e-mail address is not valid.")]
    public async Task A_team_member_without_name_or_with_a_broken_email_is_refused(string field, string value, string message)
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        var values = new Dictionary<string, string> { ["Input.DisplayName"] = "Ana", ["Input.Email"] = "ana@example.org", [field] = value };

        var page = await staff.SubmitExpectingErrorsAsync($"/projects/{project.Id}/team/new", values);

        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(0, await app.WithDbAsync(db => db.ProjectMembers.CountAsync(m => m.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_member_declares_and_clears_their_own_gender_which_no_one_else_sees_or_edits()
    {
        var incubator = await app.CreateOrganisationAsync();
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var (memberClient, userId, _) = await app.PersonClientAsync(null);
        var member = await app.AddTeamMemberAsync(project.Id, userId);
        var staff = await app.StaffClientAsync(incubator.Id, Passerelles.Web.Features.Organisations.MemberRole.OrganisationAdministrator);

        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.SubmitAsync($"/projects/{project.Id}/team/me", new Dictionary<string, string> { ["Gender"] = "NonBinary" })).StatusCode);
        Assert.Equal(SelfDeclaredGender.NonBinary, await GenderAsync(member.Id));
        Assert.Contains("Non-binary", (await HtmlPage.GetAsync(memberClient, $"/projects/{project.Id}")).Text("p.my-gender"));

        var staffPage = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");
        Assert.DoesNotContain("Non-binary", staffPage.Html);
        Assert.Null(staffPage.Document.QuerySelector("p.my-gender"));
        Assert.Null(staffPage.Document.QuerySelector($"a[href='/projects/{project.Id}/team/me']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/projects/{project.Id}/team/me")).StatusCode);
        var edit = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/team/{member.Id}/edit");
        Assert.Null(edit.Document.QuerySelector("[name*='Gender']"));
        await edit.SubmitAsync(staff, "main form", new Dictionary<string, string> { ["Input.Gender"] = "Man", ["Gender"] = "Man" });
        Assert.Equal(SelfDeclaredGender.NonBinary, await GenderAsync(member.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.SubmitAsync($"/projects/{project.Id}/team/me", new Dictionary<string, string> { ["Gender"] = "PreferNotToSay" })).StatusCode);
        Assert.Equal(SelfDeclaredGender.PreferNotToSay, await GenderAsync(member.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.SubmitAsync($"/projects/{project.Id}/team/me", new Dictionary<string, string> { ["Gender"] = "" })).StatusCode);
        Assert.Null(await GenderAsync(member.Id));
        var tampered = await memberClient.SubmitExpectingErrorsAsync($"/projects/{project.Id}/team/me", new Dictionary<string, string> { ["Gender"] = "7" });
        Assert.Equal("This value is not valid.", tampered.FieldError("Gender"));
    }

    private Task<SelfDeclaredGender?> GenderAsync(Guid memberId) =>
        app.WithDbAsync(db => db.ProjectMembers.Where(m => m.Id == memberId).Select(m => m.User!.Gender).SingleAsync());
}
