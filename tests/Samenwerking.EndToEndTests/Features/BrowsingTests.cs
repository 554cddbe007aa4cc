using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>The browsing journeys of staff and council members, in Chromium, each page checked for accessibility.</summary>
public sealed partial class BrowsingTests(BrowserFixture browser) : BrowserTest(browser)
{
    /// <summary>A desktop screen and a phone (an iPhone 12 to 15).</summary>
    public static TheoryData<int, int> Screens => new() { { 1280, 900 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_council_member_finds_their_municipality_and_sees_what_it_takes_part_in(int width, int height)
    {
        var page = await Browser.NewPageAsync(width, height);
        await page.OpenAsync("/");
        await page.AssertAccessibleAsync();

        await page.FollowMenuAsync("Gemeenten");
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Gemeenten", Level = 1 });
        await Expect(heading).ToBeVisibleAsync();
        // Focus moves to the new page's heading for screen readers, without a focus ring around a title.
        await Expect(heading).ToBeFocusedAsync();
        await Expect(heading).ToHaveCSSAsync("outline-style", "none");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Zoek op naam of CBS-code").FillAsync("zeist");
        await page.GetByLabel("Zoek op naam of CBS-code").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(ZeistQuery());
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 gemeente");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zeist" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/gemeenten/GM0355$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zeist", Level = 1 })).ToBeVisibleAsync();
        var tactical = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Tactisch" }) });
        await Expect(tactical.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsregio Utrecht", Exact = true })).ToBeVisibleAsync();
        await Expect(tactical).ToContainTextAsync("Brandweerzorg");
        await page.AssertAccessibleAsync();
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Staff_filter_the_arrangements_and_the_filter_lives_in_the_address(int width, int height)
    {
        var page = await Browser.NewPageAsync(width, height);
        await page.OpenAsync("/samenwerkingsverbanden");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Rechtsvorm").SelectOptionAsync(new SelectOptionValue { Label = "Stichting" });
        await page.GetByLabel("Deelnemende gemeente").SelectOptionAsync(new SelectOptionValue { Label = "Maastricht" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("vorm=Stichting.*gemeente=GM0935"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 samenwerkingsverband gevonden");
        await Expect(page.GetByLabel("Rechtsvorm")).ToHaveValueAsync("Stichting");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Voorbeeld: Stichting Regionaal Archief Zuid-Limburg" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Deelnemers", Level = 2 })).ToContainTextAsync("3 nu");
        await Expect(page.Locator("section[aria-labelledby=deelnemers]").GetByRole(AriaRole.Link, new() { Name = "Maastricht", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 samenwerkingsverband gevonden");

        await page.GetByRole(AriaRole.Link, new() { Name = "Filters wissen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/samenwerkingsverbanden$"));
        await Expect(page.GetByLabel("Rechtsvorm")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Staff_sort_and_page_through_the_arrangements()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/samenwerkingsverbanden");

        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }).ClickAsync();
        await Expect(page.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Deelnemers");
        await page.GetByRole(AriaRole.Link, new() { Name = "Deelnemers" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("sorteer=deelnemers&volgorde=af"));
        await Expect(page.Locator("th[aria-sort='descending']")).ToContainTextAsync("Deelnemers");
        await Expect(page.Locator("tbody tr").First).ToContainTextAsync("Veiligheidsregio Utrecht");

        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Paginering" });
        await pages.GetByRole(AriaRole.Link, new() { Name = "Volgende pagina" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sorteer=deelnemers&volgorde=af&pagina=2"));
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(13);
        await Expect(pages.Locator("[aria-current=page]")).ToHaveTextAsync("2");
        await page.AssertAccessibleAsync();

        await pages.GetByRole(AriaRole.Link, new() { Name = "1", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sorteer=deelnemers&volgorde=af$"));
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(25);
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
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Niets geregistreerd" }).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("336");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_the_app_bar()
    {
        var page = await Browser.NewPageAsync(width: 390, height: 844);
        await page.OpenAsync("/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true });
        await Expect(menu).ToBeHiddenAsync();

        await page.Locator(".app-menu summary").ClickAsync();
        await Expect(menu).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Taken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taken", Level = 1 })).ToBeVisibleAsync();
        await Expect(menu).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_menu_opens_and_closes_with_the_keyboard()
    {
        var page = await Browser.NewPageAsync(width: 390, height: 844);
        await page.OpenAsync("/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true });

        await page.Locator(".app-menu summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Start" })).ToBeFocusedAsync();

        await page.Locator(".app-menu summary").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(menu).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_unknown_municipality_shows_a_not_found_page()
    {
        var page = await Browser.NewPageAsync();

        var response = await page.GotoAsync("/gemeenten/GM9999");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Reading_pages_open_without_a_websocket_and_the_edit_pages_with_one()
    {
        var page = await Browser.NewPageAsync();
        var sockets = new List<string>();
        var failures = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failures.Add($"{response.Status} {response.Url}");
            }
        };

        foreach (var address in new[]
        {
            "/gemeenten/GM0344", "/gemeenten/GM0344/overzicht", "/samenwerkingsverbanden?vorm=OpenbaarLichaam&provincie=PV26",
            "/zoeken?q=jeugdhulp", "/taken",
        })
        {
            await page.OpenAsync(address);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // Through links too, as readers go: enhanced navigation fetches the next page's HTML and opens no circuit.
        await page.GetByRole(AriaRole.Link, new() { Name = "Brandweerzorg" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Brandweerzorg", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsregio Utrecht" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Veiligheidsregio Utrecht", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigingen tonen" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("historie=tonen#historie$"));
        await Expect(page.Locator("section[aria-labelledby=historie]")).ToContainTextAsync("Er zijn nog geen wijzigingen vastgelegd.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(sockets);
        Assert.Empty(failures);

        // The check itself sees a circuit where there is one.
        const string email = "beheerder@gemeente.example";
        const string password = "lang-genoeg-wachtwoord-2026";
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, email, password, Roles.Beheerder));
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fbeheer%2Fgebruikers");
        await page.SignInAsync(email, password);
        await page.WaitForInteractiveAsync();
        Assert.NotEmpty(sockets);
    }

    [Fact]
    public async Task Signed_in_as_beheerder_on_a_1366_pixel_screen_every_item_of_the_top_bars_fits()
    {
        const string email = "beheerder@gemeente.example";
        const string password = "lang-genoeg-wachtwoord-2026";
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, email, password, Roles.Beheerder));
        var page = await Browser.NewPageAsync(width: 1366, height: 768);
        await page.GotoAsync("/inloggen");
        await page.SignInAsync(email, password);
        await Expect(page.GetByText($"Ingelogd als {email}")).ToBeVisibleAsync();

        foreach (var (bar, names) in new[]
        {
            ("Hoofdmenu", new[] { "Gemeenten", "Samenwerkingsverbanden", "Taken", "Regio's", "Vergelijken" }),
            ("Beheer", ["Nieuw", "Voorstellen", "Import", "Gebruikers", "Uitloggen"]),
        })
        {
            var boxes = new List<LocatorBoundingBoxResult>();
            foreach (var name in names)
            {
                var item = page.GetByRole(AriaRole.Navigation, new() { Name = bar })
                    .GetByRole(name == "Uitloggen" ? AriaRole.Button : AriaRole.Link, new() { Name = name, Exact = true });
                await Expect(item).ToBeVisibleAsync();
                boxes.Add((await item.BoundingBoxAsync())!);
            }

            Assert.All(boxes, box => Assert.InRange(box.X + box.Width, 0, 1366));
            Assert.All(boxes.Zip(boxes.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X, $"{bar}: items overlap"));
        }

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await page.AssertAccessibleAsync();

        // From a static page, enhanced navigation to an edit page starts its circuit.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Gebruikers" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers", Level = 1 })).ToBeVisibleAsync();
    }

    [GeneratedRegex("q=zeist")]
    private static partial Regex ZeistQuery();
}
