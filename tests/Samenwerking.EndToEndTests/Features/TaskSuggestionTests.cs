using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Suggestions;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>
/// A redacteur confirms every task suggestion of one arrangement in one go, and the task's page follows; rejecting them
/// all asks first, and cancelling rejects nothing.
/// </summary>
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

    [Fact]
    public async Task Rejecting_all_suggestions_of_an_arrangement_asks_first_naming_how_many_for_how_many_municipalities_and_cancelling_rejects_nothing()
    {
        await using (var file = File.OpenRead(SharedData.PathOf("roo/sample-exportOO.xml")))
        {
            await Browser.Register.GetService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
        }

        var queries = Browser.Register.GetService<SuggestionQueries>();
        var group = (await queries.TasksAsync(new TaskSuggestionFilter(), CancellationToken.None)).Groups
            .First(g => g.Count >= 3 && g.MunicipalityCount >= 2);
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.GotoAsync($"/inloggen?ReturnUrl=%2Fbeheer%2Fvoorstellen%2Ftaken%3Fregeling%3D{group.ArrangementId}");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Regeling: {group.ArrangementName}" })).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        // One suggestion at a time stays one click: no question.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Bevestigen: ") }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bevestigd" })).ToContainTextAsync("1 taakvoorstel bevestigd");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        var left = await queries.TasksAsync(new TaskSuggestionFilter(group.ArrangementId), CancellationToken.None);
        Assert.True(left.Total >= 2 && left.MunicipalityCount >= 1, $"{left.Total} voorstellen voor {left.MunicipalityCount} gemeenten");
        var rejectAll = page.GetByRole(AriaRole.Button, new() { Name = $"Alle {left.Total} voorstellen van deze regeling afwijzen" });
        var municipalities = left.MunicipalityCount == 1 ? "1 gemeente" : $"{left.MunicipalityCount} gemeenten";

        await rejectAll.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"U wijst {left.Total} taakvoorstellen voor {municipalities} af");
        await page.AssertAccessibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "afgewezen" })).ToHaveCountAsync(0);
        Assert.Equal(left.Total, await OpenSuggestionsAsync(group.ArrangementId));
        Assert.Equal(0, await RejectionsAsync(group.ArrangementId));
        await Expect(page.GetByText($"{left.Total} taakvoorstellen gevonden")).ToBeVisibleAsync();

        await rejectAll.ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"{left.Total} taakvoorstellen afwijzen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "afgewezen" })).ToContainTextAsync($"{left.Total} taakvoorstellen afgewezen");
        await Expect(page.GetByText("Geen taakvoorstellen om te beoordelen met deze filters.")).ToBeVisibleAsync();
        Assert.Equal(0, await OpenSuggestionsAsync(group.ArrangementId));
        Assert.Equal(left.Total, await RejectionsAsync(group.ArrangementId));
    }

    private async Task<int> OpenSuggestionsAsync(int arrangementId)
    {
        await using var db = Browser.Register.CreateContext();
        return await db.TaskPlacements.CountAsync(p => p.ArrangementId == arrangementId && p.IsSuggestion);
    }

    private async Task<int> RejectionsAsync(int arrangementId)
    {
        await using var db = Browser.Register.CreateContext();
        return (await db.Memberships.Where(m => m.ArrangementId == arrangementId).Select(m => m.RejectedTaskIds).ToListAsync()).Sum(r => r.Count);
    }
}
