using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A redacteur reviews what the register suggested for one municipality, and the council's overview follows.</summary>
public sealed class SuggestionTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "redacteur@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    [Fact]
    public async Task A_redacteur_filters_to_one_municipality_corrects_one_goal_level_confirms_the_rest_and_sees_the_overview_change()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml")))
        {
            await Browser.Register.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fbeheer%2Fvoorstellen");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Voorstellen beoordelen" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await WaitForTheListAsync(page);

        await page.GetByLabel("Gemeente (CBS-code)").FillAsync("GM0344");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Utrecht", Exact = true }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var correct = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Wijzigen in strategisch: ") }).First;
        var name = (await correct.GetAttributeAsync("aria-label"))!["Wijzigen in strategisch: ".Length..];
        await correct.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Doel van {name} gewijzigd in strategisch.");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Alle \\d+ bevestigen$") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("bevestigd");
        await Expect(page.GetByText("Geen voorstellen om te beoordelen.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.OpenAsync("/gemeenten/GM0344/overzicht");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) }).First;
        await Expect(row).ToContainTextAsync("Strategisch");
        await page.OpenInteractiveAsync("/beheer/voorstellen");
        await WaitForTheListAsync(page);
        await page.GetByLabel("Gemeente (CBS-code)").FillAsync("GM0344");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.GetByText("Geen voorstellen om te beoordelen.")).ToBeVisibleAsync();
    }

    /// <summary>The queue loads every suggestion when it opens; a filter asked for before that load ends could be overtaken by it.</summary>
    private static Task WaitForTheListAsync(Microsoft.Playwright.IPage page) =>
        Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
}
