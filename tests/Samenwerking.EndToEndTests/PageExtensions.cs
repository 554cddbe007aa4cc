using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samenwerking.EndToEndTests;

internal static class PageExtensions
{
    private static readonly string[] Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>
    /// Opens a reading page and waits for what a reader waits for: its heading. Reading pages are rendered on the server
    /// without a circuit, so links and forms work as soon as they show.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string address)
    {
        await page.GotoAsync(address);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    /// <summary>Opens a page where users edit and waits until its circuit is live, so clicks reach a working page.</summary>
    public static async Task OpenInteractiveAsync(this IPage page, string address)
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

    /// <summary>Waits for the marker that the interactive pages render once their circuit is live.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Follows a link of the main menu: the app bar's on a wide screen, the menu that opens from the app bar on a phone.</summary>
    public static async Task FollowMenuAsync(this IPage page, string name)
    {
        var wide = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        if (await wide.IsVisibleAsync())
        {
            await wide.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            return;
        }

        await page.Locator(".app-menu summary").ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true })
            .GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Fails on any serious or critical WCAG 2.1 A/AA violation that axe-core finds on the page as it is once its
    /// finite animations have ended: a snackbar that is still fading in has the contrast of half its colour.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] } });
        var violations = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(violations.Count == 0, $"Toegankelijkheid van {page.Url}:\n" + string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    {string.Join("\n    ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
