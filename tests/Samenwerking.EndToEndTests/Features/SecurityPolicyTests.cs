using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>
/// Every page works in Chromium under the Content-Security-Policy (decision 0024): reading pages with their maps and
/// enhanced navigation, the interactive pages with their live circuit over the WebSocket, the API's browsable
/// description. Chromium refuses nothing (checked after every test of the suite, and here explicitly).
/// </summary>
public sealed class SecurityPolicyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "csp@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    [Fact]
    public async Task Chromium_refuses_nothing_on_any_page_read_or_edited()
    {
        await Browser.Register.ImportBoundariesAsync();
        int id;
        string code;
        await using (var db = Browser.Register.CreateContext())
        {
            var membership = await db.Memberships.Where(m => m.Municipality != null).OrderBy(m => m.ArrangementId)
                .Select(m => new { m.ArrangementId, m.Municipality!.Code }).FirstAsync();
            (id, code) = (membership.ArrangementId, membership.Code);
        }

        var page = await Browser.NewPageAsync();
        // The first page draws the map of every municipality: on a busy machine that takes longer than a click may.
        await page.GotoAsync("/", new() { Timeout = 90_000 });
        foreach (var address in new[]
        {
            "/", "/gemeenten", $"/gemeenten/{code}", $"/gemeenten/{code}/overzicht", $"/gemeenten/{code}/congruentie",
            "/samenwerkingsverbanden", $"/samenwerkingsverbanden/{id}", "/taken", "/congruentie", "/vergelijken",
            "/zoeken?q=water", "/niet-gevonden", $"/gemeenten/{code}/komende-weken", $"/samenwerkingsverbanden/{id}/kalender",
        })
        {
            await page.OpenAsync(address);
        }

        // The print buttons print through a script file, not an inline handler the policy would refuse.
        await page.OpenAsync($"/gemeenten/{code}/overzicht");
        await page.EvaluateAsync("() => { window.printed = false; window.print = () => { window.printed = true; }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afdrukken" }).First.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.printed"));

        // Enhanced navigation: a link followed without a full load.
        await page.OpenAsync("/");
        await page.FollowMenuAsync("Gemeenten");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/gemeenten$"));

        await page.GotoAsync("/api");
        await Expect(page.Locator(".opblock").First).ToBeVisibleAsync();

        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Beheerder));
        await page.GotoAsync("/inloggen");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByText("Ingelogd als")).ToBeVisibleAsync();
        foreach (var address in new[]
        {
            "/beheer/import", "/beheer/gebruikers", "/beheer/voorstellen", "/beheer/voorstellen/taken", "/samenwerkingsverbanden/nieuw",
            $"/samenwerkingsverbanden/{id}/bewerken", $"/samenwerkingsverbanden/{id}/financien", $"/gemeenten/{code}/financien",
        })
        {
            await page.OpenInteractiveAsync(address);
        }

        await page.OpenAsync("/mijn-account");

        // A popover of MudBlazor, positioned by style attributes the circuit sets.
        await page.OpenInteractiveAsync("/samenwerkingsverbanden/nieuw");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Rechtsvorm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();

        Assert.True(Browser.PolicyViolations.IsEmpty, string.Join('\n', Browser.PolicyViolations));
    }
}
