using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>
/// Accounts in the browser: a beheerder sets up an authenticator app and signs in with its code, manages a colleague's
/// access, and loses an open tab's access when their own role is taken away.
/// </summary>
public sealed partial class AccountTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "beheerder@gemeente.example";
    private const string Colleague = "collega@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    private UserAdministration Users => Browser.Register.GetService<UserAdministration>();

    [Fact]
    public async Task A_beheerder_sets_up_an_authenticator_app_and_signs_in_with_its_code()
    {
        Assert.Empty(await Users.AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/mijn-account");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn account", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Authenticator-app instellen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code met de sleutel voor uw authenticator-app" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var key = await page.Locator(".authenticator-key").InnerTextAsync();
        await page.GetByLabel("Code uit de app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Herstelcodes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(10);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.GotoAsync("/beheer/gebruikers");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Code invoeren" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Code").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_beheerder_blocks_a_colleague_and_gives_them_a_new_password()
    {
        Assert.Empty(await Users.AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        Assert.Empty(await Users.AddAsync(Operator.Principal, Colleague, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/inloggen?ReturnUrl=%2Fbeheer%2Fgebruikers");
        await page.SignInAsync(Email, Password);
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Colleague });

        await page.GetByRole(AriaRole.Button, new() { Name = $"{Colleague} blokkeren" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Geblokkeerd");
        await page.GetByRole(AriaRole.Button, new() { Name = $"{Colleague} deblokkeren" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Actief");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Nieuw wachtwoord voor {Colleague}" }).ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Nieuw wachtwoord" }).FillAsync("een-heel-nieuw-wachtwoord");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" }).ClickAsync();
        await Expect(page.GetByText($"Nieuw wachtwoord ingesteld voor {Colleague}.")).ToBeVisibleAsync();

        // The beheerder's own row offers nothing that would lock them out.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"{Email} blokkeren" })).ToHaveCountAsync(0);
        var users = Browser.Register.GetService<UserManager<IdentityUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(Colleague))!, "een-heel-nieuw-wachtwoord"));
    }

    [Fact]
    public async Task An_open_tab_goes_to_sign_in_when_its_beheerder_loses_the_role()
    {
        Assert.Empty(await Users.AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        Assert.Empty(await Users.AddAsync(Operator.Principal, Colleague, Password, Roles.Beheerder));
        await using var app = Browser.Register.StartApp(new Dictionary<string, string?> { ["Account:RevalidationInterval"] = "00:00:01" });
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.ClientOptions.BaseAddress, "/inloggen?ReturnUrl=%2Fbeheer%2Fgebruikers").ToString());
        await page.SignInAsync(Email, Password);
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers", Level = 1 })).ToBeVisibleAsync();

        var me = (await Users.ListAsync(Operator.Principal)).Single(u => u.Email == Email).Id;
        Assert.Empty(await Users.SetRoleAsync(Operator.Principal, me, Roles.Redacteur));

        await Expect(page).ToHaveURLAsync(SignInPage(), new() { Timeout = 10_000 });
    }

    [GeneratedRegex("/inloggen")]
    private static partial Regex SignInPage();
}
