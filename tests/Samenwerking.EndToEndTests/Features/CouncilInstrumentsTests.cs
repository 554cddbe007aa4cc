using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A council member opens, from the municipality's page, what the council can do in one regeling.</summary>
public sealed class CouncilInstrumentsTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_council_member_opens_the_instruments_of_a_regeling_for_zeist_and_goes_on_to_its_calendar()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/gemeenten/GM0355");

        await page.GetByRole(AriaRole.Link, new() { Name = "Instrumenten van de raad van Zeist bij Veiligheidsregio Utrecht" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Veiligheidsregio Utrecht", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Voor de raad van Zeist")).ToBeVisibleAsync();
        var instruments = page.GetByRole(AriaRole.Table, new() { Name = "Instrumenten van de raad van Zeist bij Veiligheidsregio Utrecht, met hun grondslag" });
        await Expect(instruments).ToContainTextAsync("Wgr art. 35 lid 1, 3 en 5");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eerstvolgende termijn" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat de regeling zelf bepaalt" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Alle termijnen en zienswijzen van de raden" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Planning en control van Veiligheidsregio Utrecht" })).ToBeVisibleAsync();
    }
}
