using System.Globalization;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Live managed heap per open browser tab (issue 11: at most 250 KB on a reading page). On an instance of the app in
/// this process, without its page cache (cached pages belong to addresses, not to tabs, and expire on a clock of their
/// own): a few tabs of every kind opened and closed to warm it up; then per kind of page the heap after a full
/// blocking GC, N real Chromium tabs (each a reader of its own, in another process) loaded and interactive where the
/// page starts a circuit, and the heap again; per tab the difference over N. After the tabs are closed, the heap once
/// more: what the app keeps of tabs that are gone, and the next kind's starting point. Each reading waits until the
/// heap has settled.
/// </summary>
internal static class MemoryBenchmark
{
    private const int WarmUpTabs = 2;
    private const int EditorTabs = 10;
    private const string Email = "redacteur@gemeente.example";
    private const string Password = "lang-genoeg-wachtwoord-2026";

    /// <summary>
    /// How long the app takes to let go of a closed tab: measured, the heap falls between 15 and 30 s after closing,
    /// likely when SignalR's client timeout (30 s) ends the connection that the closed tab left behind.
    /// </summary>
    private static readonly TimeSpan Closing = TimeSpan.FromSeconds(35);

    /// <summary>How often the heap is read while waiting for it to settle.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>The change between two readings below which the heap counts as settled.</summary>
    private const long Settled = 256 * 1024;

    public static async Task<int> RunAsync(int scale, int tabs)
    {
        await using var benchmark = await BenchmarkRegister.StartAsync(scale);
        var addresses = benchmark.Addresses;
        var refused = await benchmark.Database.GetService<UserAdministration>().AddAsync(Operator.Principal, Email, Password, Roles.Redacteur);
        if (refused.Count > 0)
        {
            throw new InvalidOperationException(string.Join(' ', refused));
        }

        // The edit form holds a circuit per tab (some 35 MB): a few editors, not fifty, or Chromium gives up first.
        (string Name, string[] Urls, bool SignedIn, int Tabs)[] kinds =
        [
            ("Raadsoverzicht (`/gemeenten/{code}/overzicht`)", addresses.Overviews, false, tabs),
            ("Gemeente (`/gemeenten/{code}`)", addresses.Municipalities, false, tabs),
            ("Lijst (`/samenwerkingsverbanden[?…]`)", Addresses.Lists, false, tabs),
            ("Samenwerkingsverband (`/samenwerkingsverbanden/{id}`)", addresses.Arrangements, false, tabs),
            ("Taak met kaart (`/taken/{id}`)", addresses.Tasks, false, tabs),
            ("Zoeken (`/zoeken?q=…`)", Addresses.Searches, false, tabs),
            ("Bewerkformulier, redacteur (`/samenwerkingsverbanden/{id}/bewerken`)", [.. addresses.Arrangements.Select(p => $"{p}/bewerken")], true, Math.Min(tabs, EditorTabs)),
        ];

        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{benchmark.Machine}; {tabs} Chromium tabs per reading page, {Math.Min(tabs, EditorTabs)} on the edit form, app without page cache; " +
            "heap after two forced, blocking, compacting full GCs.");
        Console.WriteLine();
        Console.WriteLine("| Page | Tabs | Heap before (MB) | Heap with tabs (MB) | Per tab (KB) | Kept per closed tab (KB) | Tabs with a WebSocket | Not interactive in time | Failed |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        await using (var app = benchmark.Database.StartApp(new Dictionary<string, string?> { ["Caching:Pages"] = "false" }))
        await using (var browser = await BrowserProcess.StartAsync())
        {
            string Open(bool signedIn, string[] urls, int skip, int count) => $"open {(signedIn ? 1 : 0)} " +
                string.Join(' ', Enumerable.Range(skip, count).Select(i => new Uri(app.ClientOptions.BaseAddress, urls[i % urls.Length])));

            await browser.SendAsync($"signin {new Uri(app.ClientOptions.BaseAddress, "/inloggen")} {Email} {Password}");
            foreach (var (_, urls, signedIn, _) in kinds)
            {
                await browser.SendAsync(Open(signedIn, urls, 0, WarmUpTabs));
            }

            await browser.SendAsync("close");
            var before = await SettledHeapAsync(Closing);
            foreach (var (name, urls, signedIn, count) in kinds)
            {
                var answer = (await browser.SendAsync(Open(signedIn, urls, WarmUpTabs, count))).Select(int.Parse).ToArray();
                var with = await SettledHeapAsync(TimeSpan.Zero);
                await browser.SendAsync("close");
                var closed = await SettledHeapAsync(Closing);
                // A page that failed (the database too slow on a busy machine) holds no circuit: per tab that loaded.
                var loaded = count - answer[0];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {count} | {before / 1048576.0:F1} | {with / 1048576.0:F1} | {(with - before) / 1024.0 / loaded:F0} | " +
                    $"{(closed - before) / 1024.0 / loaded:F0} | {answer[2]} | {answer[1]} | {answer[0]} |"));
                before = closed;
            }
        }

        return 0;
    }

    /// <summary>
    /// The live heap once it has settled, not before <paramref name="atLeast"/>: closed tabs take the app a while to
    /// let go of, and pages go on working a little after they have loaded.
    /// </summary>
    private static async Task<long> SettledHeapAsync(TimeSpan atLeast)
    {
        await Task.Delay(atLeast);
        var heap = LiveHeap();
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromMinutes(2); waited += Interval)
        {
            await Task.Delay(Interval);
            var again = LiveHeap();
            if (Math.Abs(again - heap) < Settled)
            {
                return again;
            }

            heap = again;
        }

        return heap;
    }

    /// <summary>The managed heap that is alive: after full, blocking, compacting collections and the finalizers they queue.</summary>
    private static long LiveHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
