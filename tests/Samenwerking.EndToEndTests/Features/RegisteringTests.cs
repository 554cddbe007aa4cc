using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>An administrator registers an arrangement in the browser; readers see it at once.</summary>
public sealed partial class RegisteringTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "beheerder@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    [Fact]
    public async Task A_redacteur_whose_role_is_taken_away_while_the_form_is_open_is_told_so_and_keeps_what_was_typed()
    {
        const string redacteur = "redacteur@gemeente.example";
        var users = Browser.Register.GetService<UserAdministration>();
        Assert.Empty(await users.AddAsync(Operator.Principal, redacteur, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/samenwerkingsverbanden/nieuw");
        await page.SignInAsync(redacteur, Password);
        await page.WaitForInteractiveAsync();
        var name = page.GetByRole(AriaRole.Textbox, new() { NameRegex = RequiredName() });
        await name.FillAsync("Omgevingsdienst Na Het Vertrek");

        // Within the revalidation interval the tab still holds the role in its claims; the save asks the database.
        var id = (await users.ListAsync(Operator.Principal)).Single(u => u.Email == redacteur).Id;
        Assert.Empty(await users.SetRoleAsync(Operator.Principal, id, null));
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "geen recht meer om het register te wijzigen" })).ToBeVisibleAsync();
        await Expect(name).ToHaveValueAsync("Omgevingsdienst Na Het Vertrek");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_administrator_registers_an_arrangement_with_three_municipalities_and_two_tasks()
    {
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        var page = await Browser.NewPageAsync();

        await page.GotoAsync("/samenwerkingsverbanden/nieuw");
        await Expect(page).ToHaveURLAsync(LoginPage());
        await page.AssertAccessibleAsync();
        await page.SignInAsync(Email, Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw samenwerkingsverband" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Textbox, new() { NameRegex = RequiredName() }).FillAsync("Omgevingsdienst Proefregio");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Tactisch" }).CheckAsync();
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Rechtsvorm" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Gemeenschappelijke regeling: openbaar lichaam" }).ClickAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { Name = "Deelnemers (0)" }).ClickAsync();
        foreach (var name in new[] { "Zeist", "De Bilt", "Bunnik" })
        {
            var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente toevoegen (naam of CBS-code)" });
            await search.FillAsync(name);
            await page.GetByRole(AriaRole.Option, new() { Name = name, Exact = false }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Exact = false })).ToBeVisibleAsync();
        }

        await page.GetByRole(AriaRole.Tab, new() { Name = "Taken (0)" }).ClickAsync();
        foreach (var task in new[] { "VTH-taken milieu", "Bouw- en woningtoezicht" })
        {
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Taak" }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = task }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Taak beleggen" }).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Taken (6)" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ArrangementPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Omgevingsdienst Proefregio", Level = 1 })).ToBeVisibleAsync();

        var reader = await Browser.NewPageAsync();
        foreach (var code in new[] { "GM0355", "GM0310", "GM0312" })
        {
            await reader.OpenAsync($"/gemeenten/{code}");
            var tactical = reader.Locator("section", new() { Has = reader.GetByRole(AriaRole.Heading, new() { Name = "Tactisch" }) });
            var row = tactical.GetByRole(AriaRole.Row, new() { Name = "Omgevingsdienst Proefregio" });
            await Expect(row).ToContainTextAsync("Bouw- en woningtoezicht, VTH-taken milieu");
            await Expect(row).ToContainTextAsync("2");
        }
    }

    [GeneratedRegex("^Naam")]
    private static partial Regex RequiredName();

    [GeneratedRegex("/inloggen\\?ReturnUrl=%2Fsamenwerkingsverbanden%2Fnieuw$")]
    private static partial Regex LoginPage();

    [GeneratedRegex("/samenwerkingsverbanden/[0-9]+$")]
    private static partial Regex ArrangementPage();
}
