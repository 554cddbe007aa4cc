using Microsoft.Playwright;
using Samenwerking.EndToEndTests;

namespace Samenwerking.Benchmarks;

/// <summary>
/// The memory benchmark's browser, in a process of its own so that Playwright's objects stay out of the heap being
/// measured. Reads one command a line from standard input and answers each with one line, "ok …" or "error …":
/// <list type="bullet">
/// <item><c>signin URL EMAIL PASSWORD</c>: signs in on the sign-in page; later <c>open 1</c> tabs carry the cookie.</item>
/// <item><c>open 0|1 URL…</c>: a tab per address, each as a reader of its own (a browser context), signed in or not;
/// answers when all have loaded: "ok FAILED TIMEOUTS WEBSOCKETS", the tabs whose page answered other than 200, the
/// tabs that did not turn interactive in time and the tabs that opened a WebSocket.</item>
/// <item><c>close</c>: leaves the page in every tab and closes them.</item>
/// </list>
/// </summary>
internal static class BrowserTabs
{
    public const string Verb = "browser-tabs";

    /// <summary>Tabs loading at the same time; more only queue up on two cores.</summary>
    private const int AtOnce = 4;

    private const string ServerComponentMarker = "<!--Blazor:{\"type\":\"server\"";

    public static async Task<int> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        var tabs = new List<Tab>();
        string? signedIn = null;
        Console.WriteLine("ok");
        while (Console.ReadLine() is { } line)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            try
            {
                switch (words[0])
                {
                    case "signin":
                        signedIn = await SignInAsync(browser, words[1], words[2], words[3]);
                        Console.WriteLine("ok");
                        break;
                    case "open":
                        var opened = await OpenAsync(browser, words[1] == "1" ? signedIn : null, words[2..]);
                        tabs.AddRange(opened);
                        Console.WriteLine($"ok {opened.Count(t => t.Failed)} {opened.Count(t => !t.Interactive)} {opened.Count(t => t.WebSockets > 0)}");
                        break;
                    case "close":
                        foreach (var tab in tabs)
                        {
                            await CloseAsync(tab);
                        }

                        tabs.Clear();
                        Console.WriteLine("ok");
                        break;
                    default:
                        Console.WriteLine($"error unknown command {words[0]}");
                        break;
                }
            }
            catch (Exception e)
            {
                // Any other failure is answered, so the benchmark says what went wrong instead of "the browser process stopped".
                Console.WriteLine($"error {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        await browser.CloseAsync();
        return 0;
    }

    /// <summary>Signs in on the (static) sign-in page; the browser's storage state, with the sign-in cookie.</summary>
    private static async Task<string> SignInAsync(IBrowser browser, string url, string email, string password)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(address => !address.Contains("/inloggen", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }

    private static async Task<List<Tab>> OpenAsync(IBrowser browser, string? storageState, string[] urls)
    {
        var tabs = new List<Tab>();
        foreach (var batch in urls.Chunk(AtOnce))
        {
            tabs.AddRange(await Task.WhenAll(batch.Select(url => OpenAsync(browser, storageState, url))));
        }

        return tabs;
    }

    /// <summary>
    /// Loaded: the network is idle and, on a page with server components (it starts a circuit), the layout says it
    /// is interactive.
    /// </summary>
    private static async Task<Tab> OpenAsync(IBrowser browser, string? storageState, string url)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", StorageState = storageState });
        var page = await context.NewPageAsync();
        var tab = new Tab(context, page);
        page.WebSocket += (_, _) => tab.WebSockets++;
        IResponse? response;
        try
        {
            response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            // A page that did not load in time counts as failed; the tab stays, to be closed with the others.
            await Console.Error.WriteLineAsync($"{url} did not load: {e.Message.ReplaceLineEndings(" ")}");
            response = null;
        }

        if (response is not { Ok: true })
        {
            await Console.Error.WriteLineAsync($"{url} answered {response?.Status}");
            tab.Failed = true;
        }
        else if ((await page.ContentAsync()).Contains(ServerComponentMarker, StringComparison.Ordinal))
        {
            try
            {
                await page.Locator("[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                tab.Interactive = false;
            }
        }

        return tab;
    }

    /// <summary>
    /// Closes a tab as a browser does when it sends Blazor's disconnect beacon on leaving the page (headless Chromium
    /// does not always send it): the app may end the circuit at once instead of keeping it for a reconnect.
    /// </summary>
    private static async Task CloseAsync(Tab tab)
    {
        await tab.Page.EvaluateAsync("() => window.Blazor?.disconnect?.()");
        await tab.Page.WaitForTimeoutAsync(100);
        await tab.Context.CloseAsync();
    }

    private sealed class Tab(IBrowserContext context, IPage page)
    {
        public IBrowserContext Context { get; } = context;

        public IPage Page { get; } = page;

        public bool Failed { get; set; }

        public bool Interactive { get; set; } = true;

        public int WebSockets { get; set; }
    }
}
