using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.Tests.Infrastructure;

/// <summary>A refused field is marked invalid for assistive technologies, beside its error; the others are not.</summary>
public sealed class InvalidFieldTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Only_the_fields_whose_value_was_refused_are_marked_invalid()
    {
        var staff = await app.StaffClientAsync((await app.CreateOrganisationAsync(side: Side.Quebec)).Id);

        var blank = await HtmlPage.GetAsync(staff, "/assessments/territories/invite");
        var refused = await staff.SubmitExpectingErrorsAsync("/assessments/territories/invite", new Dictionary<string, string>
        {
            ["Input.Email"] = "not an address", ["Input.Region"] = "Québec",
        });

        Assert.Empty(blank.Document.QuerySelectorAll("[aria-invalid]"));
        Assert.Equal("This e-mail address is not valid.", refused.FieldError("Input.Email"));
        Assert.Equal(["Input.Email", "Input.GridVersionId", "Input.Territory"],
            refused.Document.QuerySelectorAll("main [aria-invalid=true]").Select(e => e.GetAttribute("name")!));
        Assert.Equal("Québec", refused.Document.QuerySelector("input[name='Input.Region']")!.GetAttribute("value"));
    }
}
