using Microsoft.Playwright;
using Samenwerking.Web.Domain.Calendar;
using Samenwerking.Web.Features.Users;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests.Features;

/// <summary>A griffier prepares the agenda committee from "komende weken"; a council member subscribes to the feed.</summary>
public sealed class CalendarTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Email = "griffier@zeist.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    /// <summary>The veiligheidsregio sent a begrotingswijziging last week: its zienswijze term ends within twelve weeks.</summary>
    private async Task<string> ArrangeAmendmentAsync()
    {
        await using var db = Browser.Register.CreateContext();
        var region = db.Arrangements.Single(a => a.Name == "Veiligheidsregio Utrecht");
        var sent = DateOnly.FromDateTime(DateTime.Today).AddDays(-7);
        db.PlanningDocuments.Add(new PlanningDocument
        {
            ArrangementId = region.Id, Kind = PlanningDocumentKind.Begrotingswijziging, Year = sent.Year, Number = 1, SentOn = sent, Revision = 1,
        });
        await db.SaveChangesAsync();
        return $"Begrotingswijziging {sent.Year}-1";
    }

    [Fact]
    public async Task A_griffier_records_a_zienswijze_from_komende_weken_and_sees_it_on_the_regelings_page()
    {
        var document = await ArrangeAmendmentAsync();
        Assert.Empty(await Browser.Register.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur));
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/gemeenten/GM0355");
        await page.GetByRole(AriaRole.Link, new() { Name = "Komende weken voor de raad" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat vraagt de komende weken om een besluit van de raad van Zeist" })).ToBeVisibleAsync();
        var row = page.Locator("tr", new() { HasText = document });
        await Expect(row.First).ToContainTextAsync("Veiligheidsregio Utrecht");
        await Expect(row.First).ToContainTextAsync("Nog niets vastgelegd");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/inloggen?ReturnUrl=%2Fgemeenten%2FGM0355%2Fkomende-weken");
        await page.SignInAsync(Email, Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat vraagt de komende weken om een besluit van de raad van Zeist" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Zienswijze vastleggen: {document}, Veiligheidsregio Utrecht" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zienswijze van de raad van Zeist" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Gegeven", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Gegeven op").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Tekst van de zienswijze").FillAsync("De raad van Zeist stemt in, mits de reserve niet verder daalt.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zienswijze opslaan" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Planning en control van Veiligheidsregio Utrecht" })).ToBeVisibleAsync();
        await Expect(page.GetByText("De raad van Zeist stemt in, mits de reserve niet verder daalt.")).ToBeVisibleAsync();
        await Expect(page.Locator("li", new() { HasText = "Zeist" }).First).ToContainTextAsync("Gegeven op");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_council_member_follows_the_feed_link_and_it_answers_text_calendar()
    {
        var page = await Browser.NewPageAsync();
        await page.OpenAsync("/gemeenten/GM0355/komende-weken");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Agenda-abonnement (iCalendar)" }).GetAttributeAsync("href");
        Assert.Equal("/kalender/gemeenten/GM0355.ics", href);

        var response = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", await response.TextAsync(), StringComparison.Ordinal);
    }
}
