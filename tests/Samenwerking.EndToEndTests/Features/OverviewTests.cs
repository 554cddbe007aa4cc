using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>The council member's journey through the overview of their municipality, in Chromium.</summary>
public sealed partial class OverviewTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly int LastYear = DateTime.Today.Year - 1;

    /// <summary>Zeist left a recreatieschap at the start of this year; it still took part last summer.</summary>
    private async Task ArrangeFormerMembershipAsync()
    {
        await using var db = Browser.Register.CreateContext();
        var zeist = db.Municipalities.Single(m => m.Code == "GM0355");
        var bunnik = db.Municipalities.Single(m => m.Code == "GM0312");
        db.Arrangements.Add(new Arrangement
        {
            Name = "Recreatieschap Heuvelrug Test",
            LegalForm = LegalForm.OpenbaarLichaam,
            GoalLevel = GoalLevel.Tactisch,
            Seat = "Zeist",
            Memberships =
            [
                new Membership
                {
                    Municipality = zeist, JoinDate = new DateOnly(2010, 1, 1), LeaveDate = new DateOnly(LastYear + 1, 1, 1),
                    AdministrativeInterest = AdministrativeInterest.Zetel, FinancialInterests = [FinancialInterest.Tekortdekking],
                },
                new Membership { Municipality = bunnik, JoinDate = new DateOnly(2010, 1, 1) },
            ],
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_council_member_reads_the_overview_switches_the_paragraph_to_the_begroting_and_downloads_it()
    {
        await ArrangeFormerMembershipAsync();
        await Browser.Register.ImportBoundariesAsync();
        var thisYear = LastYear + 1;
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/gemeenten/GM0355");
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Gemeenten naar het aantal samenwerkingsverbanden dat zij met Zeist delen") });
        await Expect(map.Locator("path")).ToHaveCountAsync(342);
        await Expect(map.Locator("path[data-code='GM0355']")).ToHaveAttributeAsync("data-class", "5");
        // The outlines are written as short relative steps: the browser draws them across the whole of the map's box.
        var drawn = await map.EvaluateAsync<double[]>("svg => { const b = svg.getBBox(); return [b.x, b.y, b.width, b.height, svg.viewBox.baseVal.height]; }");
        Assert.InRange(drawn[0], -0.5, 0.5);
        Assert.InRange(drawn[1], -0.5, 0.5);
        Assert.InRange(drawn[2], 799, 800.5);
        Assert.InRange(drawn[3], drawn[4] - 1, drawn[4] + 0.5);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Overzicht voor de raad" }).ClickAsync();

        // Without a choice in the address: the begroting of the coming year.
        await Expect(page).ToHaveURLAsync(new Regex("/gemeenten/GM0355/overzicht$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Samenwerking van Zeist", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kerncijfers" })).ToBeVisibleAsync();
        var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Paragraaf verbonden partijen – ") });
        await Expect(heading).ToHaveTextAsync($"Paragraaf verbonden partijen – begroting {thisYear + 1}");
        var paragraph = page.Locator("section.bbv-paragraph");
        await Expect(paragraph.GetByRole(AriaRole.Article, new() { Name = "Veiligheidsregio Utrecht" })).ToBeVisibleAsync();
        await Expect(paragraph.GetByRole(AriaRole.Article, new() { Name = "Recreatieschap Heuvelrug Test" })).ToHaveCountAsync(0);
        await Expect(paragraph.GetByRole(AriaRole.Heading, new() { Name = "Sturing per risicoklasse" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // On paper: no menu, no buttons, no version form, the paragraph on a page of its own.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Verbonden partijen begroting {thisYear + 1} (PDF)" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Versie tonen" })).ToBeHiddenAsync();
        await Expect(heading).ToHaveCSSAsync("break-before", "page");
        var printed = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(printed.Length > 10_000);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The jaarstukken of last year, in which Zeist still took part in the recreatieschap: realised figures.
        await page.GetByLabel("Versie").SelectOptionAsync("jaarstukken");
        await page.GetByLabel("Jaar", new() { Exact = true }).FillAsync($"{LastYear}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie tonen" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/gemeenten/GM0355/overzicht\\?paragraaf=jaarstukken&jaar={LastYear}(#verbonden-partijen)?$"));
        await Expect(heading).ToHaveTextAsync($"Paragraaf verbonden partijen – jaarstukken {LastYear}");
        await Expect(paragraph.GetByRole(AriaRole.Article, new() { Name = "Recreatieschap Heuvelrug Test" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(paragraph.GetByText($"Gerealiseerde bijdrage {LastYear}").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Back to the begroting of this year, the one the council adopts, and download it.
        await page.GetByLabel("Versie").SelectOptionAsync("begroting");
        await page.GetByLabel("Jaar", new() { Exact = true }).FillAsync($"{thisYear}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie tonen" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync($"Paragraaf verbonden partijen – begroting {thisYear}");
        await Expect(paragraph.GetByText($"Begrote bijdrage {thisYear}").First).ToBeVisibleAsync();
        await Expect(paragraph.GetByRole(AriaRole.Article, new() { Name = "Recreatieschap Heuvelrug Test" })).ToHaveCountAsync(0);

        var excel = page.GetByRole(AriaRole.Link, new() { Name = $"Verbonden partijen begroting {thisYear} (Excel)" });
        var response = await page.APIRequest.GetAsync(await excel.GetAttributeAsync("href") ?? "");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Headers["content-type"]);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = $"Verbonden partijen begroting {thisYear} (PDF)" }).ClickAsync());

        Assert.Matches($"^verbonden-partijen-begroting-{thisYear}-gm0355-.*\\.pdf$", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        var header = new byte[5];
        await stream.ReadExactlyAsync(header);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(header));

        // The peildatum is a choice of its own: the overview of last summer keeps the chosen paragraph.
        await page.GetByLabel("Peildatum").FillAsync($"{LastYear}-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Peildatum")).ToHaveValueAsync($"{LastYear}-06-30");
        await Expect(heading).ToHaveTextAsync($"Paragraaf verbonden partijen – begroting {thisYear}");
    }

    [Fact]
    public async Task A_controller_writes_the_regime_and_a_partys_visie_and_the_council_reads_them_in_the_paragraph()
    {
        const string email = "controller@zeist.example";
        const string password = "lang-genoeg-wachtwoord-2026";
        var budgetYear = LastYear + 2;
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, email, password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync($"/inloggen?ReturnUrl=%2Fgemeenten%2FGM0355%2Foverzicht%2Fbewerken%3Fjaar%3D{budgetYear}");
        await page.SignInAsync(email, password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Paragraaf verbonden partijen van Zeist: eigen teksten", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Risicoklasse 2").FillAsync("Twee keer per jaar een voortgangsrapportage aan de raad.");
        var party = page.GetByRole(AriaRole.Group, new() { Name = "Veiligheidsregio Utrecht" });
        await party.GetByLabel("Visie (in relatie tot de doelen van de begroting)").FillAsync("Samen voorbereid op rampen en crises.");
        await party.GetByLabel($"Beleidsvoornemens {budgetYear}").FillAsync("Wij vragen een meerjarig investeringsplan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Teksten opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/gemeenten/GM0355/overzicht\\?paragraaf=begroting&jaar={budgetYear}#verbonden-partijen$"));
        var paragraph = page.Locator("section.bbv-paragraph");
        await Expect(paragraph.GetByText("Twee keer per jaar een voortgangsrapportage aan de raad.").First).ToBeVisibleAsync();
        var region = paragraph.GetByRole(AriaRole.Article, new() { Name = "Veiligheidsregio Utrecht" });
        await Expect(region).ToContainTextAsync("Samen voorbereid op rampen en crises.");
        await Expect(region).ToContainTextAsync("Wij vragen een meerjarig investeringsplan.");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Staff_search_from_the_top_bar_and_find_results_grouped_by_kind()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/");

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Zoeken in het register" });
        await search.FillAsync("jeugdhulp");
        await search.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/zoeken\\?q=jeugdhulp$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Taken \\(\\d+\\)$") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Inkoop jeugdhulp" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task The_congruence_region_and_comparison_pages_are_accessible()
    {
        var page = await Browser.NewPageAsync();
        foreach (var address in new[] { "/gemeenten/GM0355/congruentie", "/congruentie", "/vergelijken?gemeente=Zeist&gemeente=Bunnik" })
        {
            await page.OpenAsync(address);
            await page.AssertAccessibleAsync();
        }

        await page.OpenAsync("/congruentie");
        await page.GetByLabel("Regio: de gemeenten van").SelectOptionAsync(new SelectOptionValue { Label = "Veiligheidsregio Zeeland" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("13 gemeenten");
        await Expect(page).ToHaveTitleAsync("Congruentie Veiligheidsregio Zeeland – Samenwerking");
        await page.AssertAccessibleAsync();
    }
}
