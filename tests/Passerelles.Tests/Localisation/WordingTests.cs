using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Passerelles.Web;
using Passerelles.Web.Infrastructure.Localisation;

namespace Passerelles.Tests.Localisation;

/// <summary>French wording that one shared English key used to get wrong, counts in the right number, and "de"/"à"
/// contracted with a name's article, read through the app's own localizer.</summary>
public sealed class WordingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string In(string culture, Func<IStringLocalizer, string> read)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read(app.Services.GetRequiredService<IStringLocalizer<Text>>());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Theory]
    [InlineData("fr-CA", "Title", "Titre")]
    [InlineData("fr-FR", "Title", "Titre")]
    [InlineData("fr-CA", "Job title", "Fonction")]
    [InlineData("fr-CA", "To", "Jusqu'au")]
    [InlineData("fr-CA", "Recipient", "Destinataire")]
    [InlineData("fr-CA", "Agreement", "Entente")]
    [InlineData("fr-FR", "Agreement", "Convention")]
    [InlineData("fr-CA", "Agreement between assessors", "Accord entre évaluateur·trices")]
    [InlineData("fr-CA", "Purpose", "Objet")]
    [InlineData("fr-FR", "Purpose", "Objet")]
    [InlineData("fr-CA", "Purpose of the processing", "Finalité du traitement")]
    public void Each_meaning_has_its_own_French_word(string culture, string key, string expected) =>
        Assert.Equal(expected, In(culture, t => t[key]));

    [Theory]
    [InlineData("fr-CA", 0, "0 entente")]
    [InlineData("fr-CA", 1, "1 entente")]
    [InlineData("fr-CA", 2, "2 ententes")]
    [InlineData("fr-FR", 1, "1 convention")]
    [InlineData("fr-FR", 3, "3 conventions")]
    [InlineData("en", 0, "0 agreements")]
    [InlineData("en", 1, "1 agreement")]
    [InlineData("en", 2, "2 agreements")]
    public void A_count_takes_the_number_its_language_gives_it(string culture, int count, string expected) =>
        Assert.Equal(expected, In(culture, t => t.Plural(count, "{0} agreement", "{0} agreements")));

    [Theory]
    [InlineData("fr-CA", 1.5, "1,5\u00A0heure d'accompagnement sur cette période.")]
    [InlineData("fr-CA", 2.25, "2,25\u00A0heures d'accompagnement sur cette période.")]
    [InlineData("en", 1.5, "1.5 hours of coaching in this period.")]
    public void Hours_below_two_are_singular_in_French(string culture, double hours, string expected) =>
        Assert.Equal(expected, In(culture, t => t.Plural((decimal)hours, "{0} hour of coaching in this period.", "{0} hours of coaching in this period.")));

    [Theory]
    [InlineData("fr-FR", "Members of {0}", "Le Tube à ESS'ai", "Membres du Tube à ESS'ai")]
    [InlineData("fr-CA", "Back to {0}", "Le Tube à ESS'ai", "Retour au Tube à ESS'ai")]
    [InlineData("fr-CA", "Members of {0}", "Les Offices jeunesse internationaux du Québec", "Membres des Offices jeunesse internationaux du Québec")]
    [InlineData("fr-FR", "Back to {0}", "Les Offices jeunesse internationaux du Québec", "Retour aux Offices jeunesse internationaux du Québec")]
    [InlineData("fr-FR", "Members of {0}", "La Rochelle", "Membres de La Rochelle")]
    [InlineData("fr-CA", "Members of {0}", "L'Espace412", "Membres de L'Espace412")]
    [InlineData("en", "Members of {0}", "Le Tube à ESS'ai", "Members of Le Tube à ESS'ai")]
    public void De_and_à_contract_with_the_article_that_starts_a_name(string culture, string key, string name, string expected) =>
        Assert.Equal(expected, In(culture, t => t[key, name]));

    [Fact]
    public void Only_a_preposition_right_before_the_name_contracts()
    {
        Assert.Equal("Votre projet Le Jardin est sur la liste d'attente du Tube à ESS'ai",
            FrenchContraction.Format("Votre projet {0} est sur la liste d'attente de {1}", ["Le Jardin", "Le Tube à ESS'ai"], CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal("Une invitation a été envoyée aux {Collectifs}.",
            FrenchContraction.Format("Une invitation a été envoyée à {0}.", ["Les {Collectifs}"], CultureInfo.GetCultureInfo("fr-FR")));
    }

    [Theory]
    [InlineData("fr-CA")]
    [InlineData("fr-FR")]
    public async Task The_sign_in_page_writes_its_validation_messages_in_French(string culture)
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(StringWithQualityHeaderValue.Parse(culture));

        var page = await HtmlPage.GetAsync(client, "/account/login");

        Assert.Equal("Ce champ est obligatoire.", page.Document.QuerySelector("input[name='Input.RememberMe']")!.GetAttribute("data-val-required"));
        Assert.DoesNotContain("field is required", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "2029-03-10;90;12", "échéance le 2029-03-10, préavis de 90 jours, reconduction tacite pour 12 mois")]
    [InlineData("fr-CA", ";1;", "sans date d'échéance")]
    [InlineData("fr-CA", "2029-03-10;1;", "échéance le 2029-03-10, préavis de 1 jour")]
    [InlineData("en", "2029-03-10;1;1", "expires 2029-03-10, notice 1 day, tacit renewal for 1 month")]
    public void A_change_of_term_reads_in_the_reader_s_language_in_the_audit_trail(string culture, string detail, string expected) =>
        Assert.Equal(expected, In(culture, t => Passerelles.Web.Features.Agreements.TermDetail.Describe(detail, t)));
}
