using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Projects;

public sealed class MilestoneTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Staff_record_a_legal_creation_with_its_NEQ_and_funds_raised_in_the_projects_currency()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.Quebec);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        var url = $"/projects/{project.Id}/milestones/new";

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Kind"] = "LegalCreation", ["Input.On"] = "2026-02-02", ["Input.LegalForm"] = "Coopérative de solidarité", ["Input.RegistryNumber"] = "1178 123 456",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Kind"] = "FundsRaised", ["Input.On"] = "2026-11-30", ["Input.Amount"] = "25000", ["Input.LegalForm"] = "ignored",
        })).StatusCode);

        var milestones = await app.WithDbAsync(db => db.Milestones.AsNoTracking().Where(m => m.ProjectId == project.Id).OrderBy(m => m.On).ToListAsync());
        Assert.Equal(("1178123456", "Coopérative de solidarité"), (milestones[0].RegistryNumber, milestones[0].LegalForm));
        Assert.Equal((25000m, "CAD", ""), (milestones[1].Amount!.Value, milestones[1].Currency, milestones[1].LegalForm));
        var page = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}");
        Assert.Contains("CA$25,000", page.Text("table.milestones tr.planned"));
        Assert.Contains("planned", page.Text("table.milestones tr.planned"));
        Assert.Contains("NEQ 1178123456", page.Text("table.milestones"));
    }

    [Theory]
    [InlineData(Side.France, "LegalCreation", "Input.RegistryNumber", "123456789", "A SIREN has 9 digits, the last being a check digit: check the number.")]
    [InlineData(Side.Quebec, "LegalCreation", "Input.RegistryNumber", "12345", "A NEQ has 10 digits.")]
    [InlineData(Side.Quebec, "LegalCreation", "Input.LegalForm", "", "Give the legal form the project took.")]
    [InlineData(Side.France, "FundsRaised", "Input.Amount", "", "Give the amount raised.")]
    [InlineData(Side.France, "FirstRevenue", "Input.Amount", "-5", "The amount must be more than zero.")]
    [InlineData(Side.Quebec, "JobsCreated", "Input.Fte", "0", "Give the jobs created in full-time equivalents, such as 1.5.")]
    [InlineData(Side.Quebec, "JobsCreated", "Input.On", "", "This field is required.")]
    public async Task A_milestone_that_breaks_a_rule_is_refused_next_to_the_field(Side side, string kind, string field, string value, string message)
    {
        var incubator = await app.CreateOrganisationAsync(side: side);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        var values = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind, ["Input.On"] = "2026-01-10", ["Input.LegalForm"] = "SCIC", ["Input.RegistryNumber"] = "",
            ["Input.Amount"] = "1000", ["Input.Fte"] = "1.5", [field] = value,
        };

        var page = await staff.SubmitExpectingErrorsAsync($"/projects/{project.Id}/milestones/new", values);

        Assert.Equal(message, page.FieldError(field));
        Assert.Equal(0, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == project.Id)));
    }

    [Fact]
    public async Task A_SIREN_with_its_check_digit_is_accepted_in_France_and_a_milestone_is_edited_then_deleted_after_confirmation()
    {
        var incubator = await app.CreateOrganisationAsync(side: Side.France);
        var project = await app.CreateActiveProjectAsync(incubator.Id);
        var staff = await app.StaffClientAsync(incubator.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{project.Id}/milestones/new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "LegalCreation", ["Input.On"] = "2026-02-02", ["Input.LegalForm"] = "SCIC", ["Input.RegistryNumber"] = "732 829 320",
        })).StatusCode);
        var milestone = await app.WithDbAsync(db => db.Milestones.AsNoTracking().SingleAsync(m => m.ProjectId == project.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/projects/{project.Id}/milestones/{milestone.Id}/edit", new Dictionary<string, string>
        {
            ["Input.On"] = "2026-02-20",
        })).StatusCode);
        Assert.Equal(new LocalDate(2026, 2, 20), await app.WithDbAsync(db => db.Milestones.Where(m => m.Id == milestone.Id).Select(m => m.On).SingleAsync()));

        var confirm = await HtmlPage.GetAsync(staff, $"/projects/{project.Id}/milestones/{milestone.Id}/delete");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(staff, "main form")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.ProjectId == project.Id)));
    }
}
