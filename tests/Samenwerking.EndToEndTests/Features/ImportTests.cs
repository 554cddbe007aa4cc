using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A beheerder uploads the national register's export and reads the report.</summary>
public sealed class ImportTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "beheerder@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    [Fact]
    public async Task A_beheerder_uploads_the_export_and_sees_the_report()
    {
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fbeheer%2Fimport");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Landelijk GR-register inlezen" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();

        await page.Locator("input[type=file]").SetInputFilesAsync(SharedData.PathOf("roo/sample-exportOO.xml"));

        await Expect(page.Locator(".import-report")).ToContainTextAsync("Toegevoegd: 20, bijgewerkt: 2", new() { Timeout = 60_000 });
        await Expect(page.Locator(".import-report")).ToContainTextAsync("GM0501");
        // The examples of the demo register go once real data comes in, and the report says so.
        await Expect(page.Locator(".import-report")).ToContainTextAsync("Voorbeelden verwijderd");
        await page.AssertAccessibleAsync();
    }
}
