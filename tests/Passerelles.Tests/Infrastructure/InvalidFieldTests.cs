using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Infrastructure;

/// <summary>A refused field is marked invalid for assistive technologies, beside its error; the others are not.</summary>
public sealed class InvalidFieldTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_the_fields_whose_value_was_refused_are_marked_invalid()
    {
        var administrator = await app.StaffClientAsync((await app.CreateOrganisationAsync(side: Side.Quebec)).Id, MemberRole.OrganisationAdministrator);

        var blank = await HtmlPage.GetAsync(administrator, "/assessments/territories");
        var refused = await administrator.SubmitExpectingErrorsAsync("/assessments/territories", new Dictionary<string, string>
        {
            ["Input.Territory"] = new string('x', 200), ["Input.Region"] = "Québec",
        });

        Assert.Empty(blank.Document.QuerySelectorAll("[aria-invalid]"));
        Assert.Equal("At most 120 characters.", refused.FieldError("Input.Territory"));
        Assert.Equal(["Input.GridVersionId", "Input.Territory", "Input.Sponsors"],
            refused.Document.QuerySelectorAll("main [aria-invalid=true]").Select(e => e.GetAttribute("name")!).Distinct());
        Assert.Equal("Québec", refused.Document.QuerySelector("input[name='Input.Region']")!.GetAttribute("value"));
    }
}
