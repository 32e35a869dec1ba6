using Passerelles.Tests.Projects;
using Passerelles.Web.Features.Organisations;
using Passerelles.Web.Features.Projects;

namespace Passerelles.Tests.Localisation;

/// <summary>[Required] and [StringLength] written without a message say "This field is required." and "This field is
/// too long." in the reader's language, next to the field and in what the page gives the browser to check.</summary>
public sealed class ValidationMessagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("en", "This field is required.", "This field is too long.")]
    [InlineData("fr-CA", "Ce champ est obligatoire.", "Ce champ est trop long.")]
    [InlineData("fr-FR", "Ce champ est obligatoire.", "Ce champ est trop long.")]
    public async Task A_missing_and_a_too_long_field_are_refused_with_the_default_messages_in_the_readers_language(string culture, string required, string tooLong)
    {
        var incubator = await app.CreateOrganisationAsync();
        var client = await app.StaffClientAsync(incubator.Id, MemberRole.OrganisationAdministrator, culture);

        var blank = await HtmlPage.GetAsync(client, "/programmes/new");
        var refused = await client.SubmitExpectingErrorsAsync("/programmes/new", new Dictionary<string, string>
        {
            ["Input.IncubatorId"] = incubator.Id.ToString(), ["Input.Name"] = "",
            ["Input.Description"] = new string('x', Programme.DescriptionMaxLength + 1),
        });

        var name = blank.Document.QuerySelector("input[name='Input.Name']")!;
        Assert.Equal((required, tooLong), (name.GetAttribute("data-val-required"), name.GetAttribute("data-val-length")));
        Assert.Equal(required, refused.FieldError("Input.Name"));
        Assert.Equal(tooLong, refused.FieldError("Input.Description"));
    }
}
