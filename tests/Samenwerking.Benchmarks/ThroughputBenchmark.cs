using System.Globalization;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Requests per second and latency at many concurrent anonymous readers (issue 11), one address family at a time:
/// a static file (the ceiling of this machine in this run), the health check, the API, and the reading pages twice:
/// on the app as configured (pages served from its output cache) and on a second instance with <c>Caching:Pages=false</c>;
/// the council overview once more on an instance with the rate limits as shipped.
/// </summary>
internal static class ThroughputBenchmark
{
    // warmUpSeconds: how long each row is asked for before it is timed. A fresh instance of the app needs more than the
    // default 3 s to reach the speed it keeps: .NET compiles a method's optimised code after it has run a while (tiered
    // compilation), and the uncached pages run the most code; a server in production has long passed that.
    public static async Task<int> RunAsync(int scale, int clients, int seconds, int warmUpSeconds, string register)
    {
        var warmUp = TimeSpan.FromSeconds(warmUpSeconds);
        await using var benchmark = await BenchmarkRegister.StartAsync(scale, register: register);
        var addresses = benchmark.Addresses;
        var duration = TimeSpan.FromSeconds(seconds);
        (string Name, string[] Urls)[] pages =
        [
            ("Raadsoverzicht (`/gemeenten/{code}/overzicht`)", addresses.Overviews),
            ("Gemeente (`/gemeenten/{code}`)", addresses.Municipalities),
            ("Lijst (`/samenwerkingsverbanden[?…]`)", Addresses.Lists),
        ];

        var results = new List<(string Name, LoadResult Result)>();
        using (var cached = new Load(benchmark.Database.BaseAddress, clients))
        {
            results.Add(("Statisch bestand (`/app.css`)", await cached.RunAsync(["/app.css"], warmUp, duration)));
            results.Add(("Health (`/health`)", await cached.RunAsync(["/health"], warmUp, duration)));
            results.Add(("API (`/api/v1/municipalities/{code}/arrangements`)", await cached.RunAsync(
                [.. addresses.MunicipalityCodes.Select(c => $"/api/v1/municipalities/{c}/arrangements")], warmUp, duration)));
            foreach (var (name, urls) in pages)
            {
                results.Add(($"{name}, cache", await cached.RunAsync(urls, warmUp, duration)));
            }
        }

        // The benchmark turns rate limits off; this instance keeps them as shipped, to show that the limiter leaves cached
        // reading pages (which carry no limit) as fast as they were.
        await using (var limited = benchmark.Database.StartApp(new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true" }))
        {
            using var load = new Load(limited.ClientOptions.BaseAddress, clients);
            var (name, urls) = pages[0];
            results.Add(($"{name}, cache, rate limits as shipped", await load.RunAsync(urls, warmUp, duration)));
        }

        await using (var app = benchmark.Database.StartApp(new Dictionary<string, string?> { ["Caching:Pages"] = "false" }))
        {
            using var uncached = new Load(app.ClientOptions.BaseAddress, clients);
            foreach (var (name, urls) in pages)
            {
                results.Add(($"{name}, zonder cache", await uncached.RunAsync(urls, warmUp, duration)));
            }
        }

        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{benchmark.Machine}; {clients} concurrent clients in the app's own process, " +
            $"{seconds} s per row after {warmUp.TotalSeconds:N0} s warm-up.");
        Console.WriteLine();
        Console.WriteLine("| Address | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | KB per response |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, r) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.RequestsPerSecond:F0} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.Errors} | {r.KilobytesPerResponse:F1} |"));
        }

        return 0;
    }
}
