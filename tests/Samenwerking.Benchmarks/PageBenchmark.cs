using System.Diagnostics;
using System.Globalization;
using Samenwerking.Testing;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Page speed at one reader: complete HTTP requests for server-rendered pages, one after another, cycling through a
/// set of addresses per page, with the SQL commands each request sends counted; then the commands one request of
/// each address sent, recorded and sent again alone on a connection of their own, to see what the request adds to
/// its SQL (issue 11: at most twice). <c>-only taak,gemeente</c> measures only the pages whose label holds one of the words.
/// </summary>
internal sealed class PageBenchmark(RegisterAppFactory app, string connectionString, HttpClient client, int requests)
{
    private const int WarmUp = 30;

    public static async Task<int> RunAsync(int scale, int requests, int years, string[] only, string register)
    {
        var total = Stopwatch.StartNew();
        await using var benchmark = await BenchmarkRegister.StartAsync(scale, years, register);
        var addresses = benchmark.Addresses;
        var municipalities = addresses.Municipalities;
        // Every request renders: an instance without the page cache (cached pages are the throughput benchmark's).
        await using var app = benchmark.Database.StartApp(new Dictionary<string, string?> { ["Caching:Pages"] = "false" });
        using var client = app.CreateClient();
        var pages = new PageBenchmark(app, benchmark.Database.ConnectionString, client, requests);
        var all = new List<(string Page, Func<Task<Measurement>> Measure)>
        {
            ("Raadsoverzicht met takenmatrix (`/gemeenten/{code}/overzicht`)", () => pages.MeasureAsync(addresses.Overviews)),
            ("Zoeken (`/zoeken?q=…`)", () => pages.MeasureAsync(Addresses.Searches)),
            ("Kaart als SVG (`/kaart/gemeenten/{code}.svg`)", () => pages.MeasureAsync([.. municipalities.Select(p => $"/kaart{p}.svg")])),
            ("Congruentie gemeente (`/gemeenten/{code}/congruentie`)", () => pages.MeasureAsync([.. municipalities.Select(p => $"{p}/congruentie")])),
            ("Congruentie regio (`/congruentie?regio={id}`)", () => pages.MeasureAsync(addresses.Regions)),
            ("Vergelijken, 3 gemeenten (`/vergelijken?…`)", () => pages.MeasureAsync([.. addresses.MunicipalityCodes.Chunk(3).Where(c => c.Length == 3)
                .Select(c => "/vergelijken?" + string.Join("&", c.Select(code => $"gemeente={code}")))])),
            ("Verbonden partijen Excel (`…/verbonden-partijen.xlsx`)", () => pages.MeasureAsync([.. municipalities.Select(p => $"/export{p}/verbonden-partijen.xlsx")])),
            ("Verbonden partijen PDF (`…/verbonden-partijen.pdf`)", () => pages.MeasureAsync([.. municipalities.Select(p => $"/export{p}/verbonden-partijen.pdf")])),
            ("Gemeente met kaart en takenmatrix (`/gemeenten/{code}`)", () => pages.MeasureAsync(municipalities)),
            ("Gefilterde lijst (`/samenwerkingsverbanden?…`)", () => pages.MeasureAsync(Addresses.FilteredLists)),
            ("Samenwerkingsverband (`/samenwerkingsverbanden/{id}`)", () => pages.MeasureAsync(addresses.Arrangements)),
            ("Taak met kaart (`/taken/{id}`)", () => pages.MeasureAsync(addresses.Tasks)),
            ("Taakkaart als SVG (`/kaart/taken/{id}.svg`)", () => pages.MeasureAsync([.. addresses.Tasks.Select(p => $"/kaart{p}.svg")])),
            ("Takenmatrix API (`/api/v1/municipalities/{code}/tasks`)", () => pages.MeasureAsync([.. addresses.MunicipalityCodes.Select(c => $"/api/v1/municipalities/{c}/tasks")])),
            ("Gemeentelijst (`/gemeenten`)", () => pages.MeasureAsync(["/gemeenten"])),
            // The floor under every page: the layout, the renderer and HTTP, with no SQL at all (the error page).
            ("Alleen de opmaak, geen SQL (`/fout`)", () => pages.MeasureAsync(["/fout"])),
        };
        var results = new List<(string Page, Measurement Result)>();
        foreach (var (page, measure) in all.Where(p => only.Length == 0 || only.Any(o => p.Page.Contains(o, StringComparison.OrdinalIgnoreCase))))
        {
            results.Add((page, await measure()));
        }

        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{benchmark.Machine}; {requests} timed requests per page after {WarmUp} warm-up requests, one at a time; " +
            $"each page's SQL sent alone {requests} times after {WarmUp} warm-up runs.");
        Console.WriteLine();
        Console.WriteLine("| Page | Median (ms) | p95 (ms) | Max (ms) | SQL round trips | SQL alone, median (ms) | Request / SQL |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (page, result) in results)
        {
            var ratio = result.SqlMedian > 0 ? string.Create(CultureInfo.InvariantCulture, $"{result.Median / result.SqlMedian:F1}") : "–";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page} | {result.Median:F1} | {result.P95:F1} | {result.Max:F1} | {result.MaxCommands} | {result.SqlMedian:F1} | {ratio} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Total run time {total.Elapsed.TotalSeconds:N0} s.");
        return 0;
    }

    private async Task<Measurement> MeasureAsync(string[] urls)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await GetAsync(urls[i % urls.Length]);
        }

        var times = new double[requests];
        var maxCommands = 0;
        for (var i = 0; i < requests; i++)
        {
            app.Commands.Reset();
            var watch = Stopwatch.StartNew();
            await GetAsync(urls[i % urls.Length]);
            times[i] = watch.Elapsed.TotalMilliseconds;
            maxCommands = Math.Max(maxCommands, app.Commands.Count);
        }

        Array.Sort(times);
        // A page without SQL has none to time alone (its ratio is shown as "–").
        var sql = maxCommands == 0 ? 0 : await SqlAloneAsync(urls);
        return new Measurement(Percentile.Of(times, 0.5), Percentile.Of(times, 0.95), times[^1], maxCommands, sql);
    }

    /// <summary>The median time of one request's SQL alone, cycling through the same addresses as the requests.</summary>
    private async Task<double> SqlAloneAsync(string[] urls)
    {
        var recorded = new List<IReadOnlyList<RecordedCommand>>();
        foreach (var url in urls.Take(requests))
        {
            app.Commands.StartRecording();
            await GetAsync(url);
            recorded.Add(app.Commands.StopRecording());
        }

        return await SqlReplay.MedianAsync(connectionString, recorded, WarmUp, requests);
    }

    private async Task GetAsync(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }

    private sealed record Measurement(double Median, double P95, double Max, int MaxCommands, double SqlMedian);
}
