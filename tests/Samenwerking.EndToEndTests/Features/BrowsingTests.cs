using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>The browsing journeys of staff and council members, in Chromium, each page checked for accessibility.</summary>
public sealed partial class BrowsingTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_council_member_finds_their_municipality_and_sees_what_it_takes_part_in()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Gemeenten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemeenten", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Zoek op naam of CBS-code").FillAsync("zeist");
        await Expect(page).ToHaveURLAsync(ZeistQuery());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 gemeente");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zeist" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/gemeenten/GM0355$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zeist", Level = 1 })).ToBeVisibleAsync();
        var tactical = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Tactisch" }) });
        await Expect(tactical.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsregio Utrecht" })).ToBeVisibleAsync();
        await Expect(tactical).ToContainTextAsync("Brandweerzorg");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Staff_filter_the_arrangements_and_the_filter_lives_in_the_address()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/samenwerkingsverbanden");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Rechtsvorm" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Stichting" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("vorm=Stichting"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 samenwerkingsverband gevonden");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld: Stichting Regionaal Archief Zuid-Limburg" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 2 })).ToContainTextAsync("3 nu");
        await Expect(page.Locator("section[aria-labelledby=deelnemers]").GetByRole(AriaRole.Link, new() { Name = "Maastricht" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 samenwerkingsverband gevonden");
    }

    [Fact]
    public async Task Staff_sort_and_page_through_the_arrangements()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/samenwerkingsverbanden");

        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemers" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemers" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("sorteer=deelnemers&volgorde=af"));
        await Expect(page.Locator("th[aria-sort='descending']")).ToContainTextAsync("Deelnemers");
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("Veiligheidsregio Utrecht");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Paginering" }).GetByRole(AriaRole.Button, new() { Name = "2" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("pagina=2"));
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(13);
    }

    [Fact]
    public async Task Staff_see_for_a_task_where_each_municipality_placed_it()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/taken");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Inkoop jeugdhulp" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inkoop jeugdhulp", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld: Gemeenschappelijk orgaan Jeugdhulp Eemland" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niets geregistreerd (336)" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_app_bar()
    {
        var page = await Browser.NewPageAsync(width: 390, height: 844);
        await page.OpenAsync("/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Menu openen" }).ClickAsync();
        await page.Locator(".mud-drawer").GetByRole(AriaRole.Link, new() { Name = "Taken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taken", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_unknown_municipality_shows_a_not_found_page()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync("/gemeenten/GM9999");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();
    }

    [GeneratedRegex("q=zeist")]
    private static partial Regex ZeistQuery();
}
