using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Samenwerking.EndToEndTests;

internal static class PageExtensions
{
    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Opens an address and waits until Blazor's circuit is live, so clicks reach a working page.</summary>
    public static async Task OpenAsync(this IPage page, string address)
    {
        await page.GotoAsync(address);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Signs in on the (static) sign-in page; the page then follows the return address.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync();

    /// <summary>Fails on any serious or critical WCAG 2.1 A/AA violation that axe-core finds on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] } });
        var violations = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(violations.Count == 0, $"Toegankelijkheid van {page.Url}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    {string.Join("\n    ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
