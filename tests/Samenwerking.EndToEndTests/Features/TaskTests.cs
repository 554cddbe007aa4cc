using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>Which task is placed where (issue 12): a municipality's tasks and a task's map of the country, in Chromium.</summary>
public sealed class TaskTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string YouthCare = "Centrumregeling Jeugdhulp Zuidoost Utrecht Test";

    /// <summary>Zeist buys its youth care together with its neighbours, through a centrumregeling.</summary>
    private async Task ArrangeYouthCareAsync()
    {
        await using var db = Browser.Register.CreateContext();
        var members = db.Municipalities.Where(m => new[] { "GM0355", "GM0312", "GM0310", "GM1581" }.Contains(m.Code)).ToList();
        var task = db.MunicipalTasks.Single(t => t.Code == "JEUGDHULP");
        var arrangement = new Arrangement
        {
            Name = YouthCare,
            LegalForm = LegalForm.Centrumregeling,
            GoalLevel = GoalLevel.Tactisch,
            CentralMunicipality = members.Single(m => m.Code == "GM0355"),
        };
        foreach (var member in members)
        {
            arrangement.Memberships.Add(new Membership { Municipality = member, JoinDate = new DateOnly(2018, 1, 1) });
            arrangement.TaskPlacements.Add(new TaskPlacement { Municipality = member, MunicipalTask = task, StartDate = new DateOnly(2018, 1, 1) });
        }

        db.Arrangements.Add(arrangement);
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task A_staff_member_finds_where_Zeist_placed_its_youth_care_purchasing(int width, int height)
    {
        await ArrangeYouthCareAsync();
        var page = await Browser.NewPageAsync(width, height);
        await page.OpenAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de gemeenten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gemeenten", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Zoek op naam of CBS-code").FillAsync("Zeist");
        await page.GetByLabel("Zoek op naam of CBS-code").PressAsync("Enter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zeist", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/gemeenten/GM0355$"));
        var tasks = page.Locator("section[aria-labelledby=taken]");
        await Expect(tasks.GetByRole(AriaRole.Heading, new() { Name = "Waar Zeist haar taken heeft belegd" })).ToBeVisibleAsync();
        var youth = tasks.GetByRole(AriaRole.Row, new() { Name = "Inkoop jeugdhulp" });
        await Expect(youth.GetByRole(AriaRole.Link, new() { Name = YouthCare })).ToBeVisibleAsync();
        await Expect(youth).ToContainTextAsync("3 gemeenten: Bunnik, De Bilt, Utrechtse Heuvelrug");
        // The gaps show as gaps, not as "does it itself".
        await Expect(tasks.GetByRole(AriaRole.Row, new() { Name = "Afvalinzameling en -verwerking" })).ToContainTextAsync("Onbekend: niets geregistreerd");
        await page.AssertAccessibleAsync();

        await youth.GetByRole(AriaRole.Link, new() { Name = YouthCare }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = YouthCare, Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_map_of_public_health_shows_the_GGD_regions_each_in_its_own_colour()
    {
        await Browser.Register.ImportBoundariesAsync();
        await using (var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml")))
        {
            await Browser.Register.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        var page = await Browser.NewPageAsync();
        // The first page after an import plans its queries on fresh statistics: on a busy two-core machine that took
        // longer than the usual fifteen seconds.
        await page.GotoAsync("/taken", new() { Timeout = 90_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Publieke gezondheidszorg" }).ClickAsync(new() { Timeout = 60_000 });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Publieke gezondheidszorg", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Gemeenten naar het samenwerkingsverband waarin zij Publieke gezondheidszorg") });
        await Expect(map.Locator("path")).ToHaveCountAsync(342);
        var utrecht = await map.Locator("path[data-code='GM0344']").GetAttributeAsync("data-class");
        var bosch = await map.Locator("path[data-code='GM0796']").GetAttributeAsync("data-class");
        var arnhem = await map.Locator("path[data-code='GM0202']").GetAttributeAsync("data-class");
        Assert.All(new[] { utrecht, bosch, arnhem }, c => Assert.True(int.Parse(c!, System.Globalization.CultureInfo.InvariantCulture) >= 2));
        Assert.Equal(3, new[] { utrecht, bosch, arnhem }.Distinct().Count());
        await Expect(map.Locator("path[data-code='GM0344'] title")).ToHaveTextAsync(new Regex("^Utrecht: .*Gezondheidsdienst Regio Utrecht.*\\(voorgesteld\\)$"));
        // Suggested, so striped; the table says so in words and is the legend.
        Assert.StartsWith("url(#arcering-", await map.Locator("path[data-code='GM0344']").GetAttributeAsync("fill"), StringComparison.Ordinal);
        var row = page.GetByRole(AriaRole.Row, new() { Name = "GGD Hart voor Brabant" });
        await Expect(row).ToContainTextAsync("voorgesteld");
        await Expect(row).ToContainTextAsync("'s-Hertogenbosch");
        await page.AssertAccessibleAsync();
    }
}
