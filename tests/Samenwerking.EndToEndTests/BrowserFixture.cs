using System.Collections.Concurrent;
using Microsoft.Playwright;
using Samenwerking.Testing;

namespace Samenwerking.EndToEndTests;

/// <summary>The app on real Kestrel with its own PostgreSQL, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public RegisterDatabase Register { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// What Chromium refused by the Content-Security-Policy in any tab, since the current test began: every journey of the
    /// suite doubles as a check of the policy (decision 0024).
    /// </summary>
    public ConcurrentQueue<string> PolicyViolations { get; } = new();

    public async Task InitializeAsync()
    {
        await Register.InitializeAsync();
        // Expectations wait as long as actions: on two cores the integration tests run beside these, and a query that
        // takes a second alone can take more than Playwright's default five then.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    /// <summary>A fresh browser tab on the app, in Dutch, at the given size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Register.BaseAddress.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        // Chromium logs each refusal to the console; the event also names refusals it would only report.
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
            """);
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase))
            {
                PolicyViolations.Enqueue($"{message.Location}: {message.Text}");
            }
        };
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Register.DisposeAsync();
    }
}
