using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>
/// PostgreSQL stopped under an open interactive page (decision 0025): the page says in Dutch that the register is
/// briefly unavailable, keeps what was typed and its circuit, and works again once the database is back. The test
/// owns its server and its browser: stopping the shared one would break every other test.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private const string Password = "lang-genoeg-wachtwoord-2026";

    private readonly RegisterDatabase register = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        await register.InitializeAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await register.DisposeAsync();
    }

    [Fact]
    public async Task The_task_review_says_the_register_is_unavailable_keeps_its_circuit_and_confirms_once_the_database_is_back()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml")))
        {
            await register.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        var group = (await register.GetService<SuggestionQueries>().TasksAsync(new TaskSuggestionFilter(), CancellationToken.None)).Groups[0];
        var page = await SignedInAsync("storing-taken@gemeente.example", Roles.Redacteur, $"/beheer/voorstellen/taken?regeling={group.ArrangementId}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Regeling: {group.ArrangementName}" })).ToBeVisibleAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Bevestigen: ") }).First;

        await register.Server.StopAsync();
        await confirm.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Het register is even niet bereikbaar." }))
            .ToContainTextAsync("Probeer het over een minuut opnieuw");
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();

        await register.Server.StartAgainAsync();
        await WaitUntilReadyAsync();
        await confirm.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bevestigd" })).ToContainTextAsync("1 taakvoorstel bevestigd");
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "niet bereikbaar" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_users_page_says_the_register_is_unavailable_keeps_what_was_typed_and_adds_the_user_once_the_database_is_back()
    {
        var page = await SignedInAsync("storing-beheer@gemeente.example", Roles.Beheerder, "/beheer/gebruikers");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres").FillAsync("nieuw-na-storing@gemeente.example");
        await page.GetByLabel("Eerste wachtwoord").FillAsync(Password);

        await register.Server.StopAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Het register is even niet bereikbaar." }))
            .ToContainTextAsync("Wat u hebt ingevuld, staat er nog");
        await Expect(page.GetByLabel("E-mailadres")).ToHaveValueAsync("nieuw-na-storing@gemeente.example");
        await Expect(page.GetByLabel("Eerste wachtwoord")).ToHaveValueAsync(Password);
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();

        await register.Server.StartAgainAsync();
        await WaitUntilReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();

        await Expect(page.GetByText("nieuw-na-storing@gemeente.example toegevoegd.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "niet bereikbaar" })).ToHaveCountAsync(0);
        await using var db = register.CreateContext();
        Assert.True(await db.Users.AnyAsync(u => u.Email == "nieuw-na-storing@gemeente.example"));
    }

    private async Task<IPage> SignedInAsync(string email, string role, string address)
    {
        Assert.Empty(await register.GetService<UserAdministration>().AddAsync(Operator.Principal, email, Password, role));
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = register.BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/inloggen?ReturnUrl={Uri.EscapeDataString(address)}");
        await page.SignInAsync(email, Password);
        await page.WaitForInteractiveAsync();
        return page;
    }

    /// <summary>Readiness turns green again by itself: nobody restarts the app.</summary>
    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = register.BaseAddress };
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative), patience.Token)).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(200, patience.Token);
        }
    }
}
