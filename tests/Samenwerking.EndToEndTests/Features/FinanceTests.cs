using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A controller of Zeist fills in figures in Excel and the council sees them, in Chromium.</summary>
public sealed class FinanceTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "controller@zeist.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";
    private const string Sheet = "Verbonden partijen";
    private static readonly int ThisYear = DateTime.Today.Year;

    [Fact]
    public async Task A_controller_downloads_Zeists_sheet_fills_in_two_figures_uploads_it_and_sees_them_in_the_overview_and_the_paragraph()
    {
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fgemeenten%2FGM0355%2Foverzicht");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Samenwerking van Zeist", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Financiën in Excel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Financiën van Zeist in Excel", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Werkblad downloaden (Excel)" }).ClickAsync());
        Assert.Equal($"financien-gm0355-zeist-{ThisYear - 4}-{ThisYear + 1}.xlsx", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);

        // In Excel: this year's budgeted contribution to the Veiligheidsregio, and its equity at the end of the year, negative.
        var sheet = new Spreadsheet(await File.ReadAllBytesAsync(path));
        var row = sheet.RowOf(Sheet, ("B", "Veiligheidsregio Utrecht"), ("C", ThisYear));
        sheet.Set(Sheet, $"D{row}", 1_234_567).Set(Sheet, $"G{row}", "-250.000");
        await File.WriteAllBytesAsync(path, sheet.Bytes);
        await page.Locator("input[type=file]").SetInputFilesAsync(path);

        var report = page.Locator("section[aria-labelledby=verslag]");
        await Expect(report.GetByRole(AriaRole.Status)).ToContainTextAsync("Opgeslagen: 2 wijzigingen in de cijfers van Zeist (GM0355).");
        var changes = report.GetByRole(AriaRole.Table, new() { Name = "Wat er is gewijzigd" });
        await Expect(changes.GetByRole(AriaRole.Row, new() { Name = $"Veiligheidsregio Utrecht {ThisYear} bijdrage begroot leeg € 1.234.567" })).ToBeVisibleAsync();
        await Expect(changes.GetByRole(AriaRole.Row, new() { Name = $"Veiligheidsregio Utrecht {ThisYear} eigen vermogen 31 december leeg € -250.000" }))
            .ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        File.Delete(path);

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar het overzicht voor de raad" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/gemeenten/GM0355/overzicht$"));
        var contributions = page.GetByRole(AriaRole.Table, new() { Name = "Bijdrage van Zeist per samenwerkingsverband en jaar" });
        await Expect(contributions.GetByRole(AriaRole.Row, new() { Name = "Veiligheidsregio Utrecht" })).ToContainTextAsync("€ 1.234.567");
        // The paragraph of this year's begroting shows the budgeted contribution.
        await page.GetByLabel("Versie").SelectOptionAsync("begroting");
        await page.GetByLabel("Jaar", new() { Exact = true }).FillAsync($"{ThisYear}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie tonen" }).ClickAsync();
        var party = page.Locator("section.bbv-paragraph").GetByRole(AriaRole.Article, new() { Name = "Veiligheidsregio Utrecht" });
        await Expect(party).ToContainTextAsync($"Begrote bijdrage {ThisYear}");
        await Expect(party).ToContainTextAsync("€ 1.234.567");
        await Expect(party).ToContainTextAsync("€ -250.000 (negatief eigen vermogen aan het eind van het jaar)");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_file_that_is_no_workbook_is_refused_with_an_alert_that_says_why()
    {
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fgemeenten%2FGM0355%2Ffinancien");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Financiën van Zeist in Excel", Level = 1 })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "bijdragen.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes("Nr.;Jaar;Bijdrage begroot\n1;2026;100\n"),
        });

        var alert = page.Locator("section[aria-labelledby=verslag]").GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Niet ingelezen: er is niets opgeslagen.");
        await Expect(page.Locator(".upload-problems")).ToContainTextAsync("Dit is geen Excel-werkmap (.xlsx).");
        await page.AssertAccessibleAsync();
    }
}
