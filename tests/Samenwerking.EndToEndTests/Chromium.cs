using Microsoft.Playwright;

namespace Samenwerking.EndToEndTests;

/// <summary>
/// Debian's Chromium driven by Playwright, headless (Playwright's own browser download cannot run here). The memory
/// benchmark compiles this file too, so both start the browser alike.
/// </summary>
internal static class Chromium
{
    private const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"Chromium ontbreekt ({Executable}): ./test.sh installeert het, of: apt-get install chromium.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
    }
}
