using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A redacteur confirms every task suggestion of one arrangement in one go, and the task's page follows.</summary>
public sealed class TaskSuggestionTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "taken@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    [Fact]
    public async Task A_redacteur_filters_on_a_task_opens_one_arrangement_confirms_all_its_suggestions_and_sees_them_confirmed_on_the_task_page()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml")))
        {
            await Browser.Register.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        int healthId;
        await using (var db = Browser.Register.CreateContext())
        {
            healthId = await db.MunicipalTasks.Where(t => t.Code == "PG").Select(t => t.Id).SingleAsync();
        }

        var first = (await Browser.Register.GetService<SuggestionQueries>().TasksAsync(new TaskSuggestionFilter(TaskId: healthId), CancellationToken.None)).Rows[0];
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();

        await page.OpenAsync($"/taken/{healthId}");
        var suggested = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = first.ArrangementName, Exact = true }) });
        await Expect(suggested.First).ToContainTextAsync("voorgesteld");

        await page.GotoAsync("/inloggen?ReturnUrl=%2Fbeheer%2Fvoorstellen%2Ftaken");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taakvoorstellen beoordelen" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByText("kies een regeling om te beoordelen")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Taak", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Publieke gezondheidszorg" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Publieke gezondheidszorg", Exact = true }).First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = first.ArrangementName, Exact = true }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Regeling: {first.ArrangementName}" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();
        await page.AssertAccessibleAsync();

        var confirmAll = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Alle \\d+ voorstellen van deze regeling bevestigen$") });
        var count = System.Text.RegularExpressions.Regex.Match(await confirmAll.InnerTextAsync(), "\\d+").Value;
        await confirmAll.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bevestigd" })).ToContainTextAsync($"{count} taakvoorstel");
        await Expect(page.GetByText("Geen taakvoorstellen om te beoordelen met deze filters.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.OpenAsync($"/taken/{healthId}");
        var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = first.ArrangementName, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("bevestigd");
        await Expect(row).ToContainTextAsync(first.MunicipalityName);
    }
}
