using Microsoft.Playwright;
using NodaTime;
using Passerelles.Web.Features.Circles;
using Passerelles.Web.Features.Organisations;

namespace Passerelles.BrowserTests;

/// <summary>Passerelles in one hand: the menu behind its button, a poll answered with the thumb.</summary>
public sealed class PhoneJourney(BrowserApp browser) : IClassFixture<BrowserApp>
{
    /// <summary>The smallest target a thumb hits reliably (WCAG 2.5.5).</summary>
    private const float Thumb = 44;

    private static async Task AssertOnScreenAndThumbSizedAsync(ILocator target)
    {
        var box = await target.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= PageChecks.PhoneWidth, $"{await target.EvaluateAsync<string>("e => e.outerHTML")} is off screen: {box.X} to {box.X + box.Width} px.");
        Assert.True(box.Height >= Thumb, $"{await target.EvaluateAsync<string>("e => e.outerHTML")} is {box.Height} px high.");
    }

    [BrowserFact]
    public async Task On_a_phone_the_whole_menu_opens_from_its_button_without_script_and_a_wide_screen_shows_it_unfolded()
    {
        var page = await browser.NewPageAsync("en");
        await page.RouteAsync(url => new Uri(url).AbsolutePath.EndsWith(".js", StringComparison.Ordinal), route => route.AbortAsync()); // The app's scripts stay away.
        await page.SetViewportSizeAsync(PageChecks.PhoneWidth, PageChecks.PhoneHeight);
        await new SignInPage(page).SignInAsync(AppFactory.AdministratorEmail);
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        var button = menu.GetByText("Menu", new() { Exact = true });
        var links = menu.GetByRole(AriaRole.Link);
        string[] sections = ["Home", "Organisations", "Directory", "Projects", "Circles", "Bridges", "Agreements", "Missions", "Mobility", "Grids", "People", "Events", "Indicators", "Grants", "Reports", "Parity"];

        await Assertions.Expect(links).ToHaveCountAsync(0);
        await AssertOnScreenAndThumbSizedAsync(button);
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(links).ToHaveTextAsync(sections);
        foreach (var link in await links.AllAsync()) await AssertOnScreenAndThumbSizedAsync(link);
        await page.AssertAccessibleAsync();
        await links.GetByText("Directory", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/directory$"));
        await Assertions.Expect(links).ToHaveCountAsync(0);

        await page.SetViewportSizeAsync(1280, 800);
        await Assertions.Expect(button).ToBeHiddenAsync();
        await Assertions.Expect(links).ToHaveTextAsync(sections);
        await Assertions.Expect(links.GetByText("Directory", new() { Exact = true })).ToHaveAttributeAsync("aria-current", "page");
    }

    [BrowserFact]
    public async Task A_member_answers_a_poll_with_the_thumb()
    {
        var tag = NetworkSetup.NewTag();
        var julie = await browser.App.MemberAsync(await browser.App.CreateOrganisationAsync($"L'Espace412 {tag}", Side.Quebec), MemberRole.Coach, "Julie Tremblay-Bérubé");
        var pierre = await browser.App.MemberAsync(await browser.App.CreateOrganisationAsync($"Le Tube à ESS'ai {tag}", Side.France), MemberRole.Coach, "Pierre-Emmanuel Etcheverry-Lafitte", "fr-FR");
        var poll = new Poll { Title = "Atelier financement participatif", TimeZoneId = "Europe/Paris", DurationMinutes = 90 };
        for (var day = 0; day < 3; day++)
        {
            var option = new PollOption { StartsAt = Instant.FromUtc(2030, 3, 12, 14, 0) + Duration.FromDays(day) };
            option.Answers.Add(new PollAnswer { UserId = pierre.Id, Answer = PollAnswerKind.IfNeedBe });
            poll.Options.Add(option);
        }
        await browser.App.CircleAsync($"Cercle {tag}", julie.Id, pierre.Id, (db, circle) =>
        {
            poll.CircleId = circle.Id;
            db.Polls.Add(poll);
        });

        var page = await browser.NewPageAsync("fr-CA");
        await page.SetViewportSizeAsync(PageChecks.PhoneWidth, PageChecks.PhoneHeight);
        await new SignInPage(page).SignInAsync(julie.Email!);
        await page.GotoAsync($"/circles/polls/{poll.Id}");

        var answers = page.GetByRole(AriaRole.Combobox, new() { Name = "Ma réponse" });
        await Assertions.Expect(answers).ToHaveCountAsync(3);
        foreach (var answer in await answers.AllAsync())
        {
            await AssertOnScreenAndThumbSizedAsync(answer);
            await answer.SelectOptionAsync("Yes");
        }
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mes réponses" });
        await AssertOnScreenAndThumbSizedAsync(save);
        await page.AssertAccessibleAsync();
        await save.ClickAsync();

        await Assertions.Expect(page.Locator("table.poll tbody tr").First).ToContainTextAsync("Julie Tremblay-Bérubé");
        foreach (var answer in await answers.AllAsync()) await Assertions.Expect(answer).ToHaveValueAsync("Yes");
    }
}

public sealed class PhoneWidthCheckTests(BrowserApp browser) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task The_check_made_on_every_page_catches_a_page_wider_than_a_phone_and_names_what_sticks_out()
    {
        var failure = Assert.Single(await browser.PageCheckFailuresAsync("/wide", "<h1>Wide</h1><table class='grid'><tr><td style='min-width: 900px'>…</td></tr></table>"));

        Assert.StartsWith("At 390 px, /wide is ", failure);
        Assert.Contains("sticking out: table.grid", failure);
    }
}
