using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Benchmarks;
using Samenwerking.Testing;

// Page-speed benchmark: a private PostgreSQL with the real migrations and seed, a generated register of
// the chosen scale, the app in Production mode on Kestrel, and timed HTTP requests for server-rendered pages.
//   dotnet run -c Release --project tests/Samenwerking.Benchmarks -- [-scale 1] [-requests 300] [-years 10]
if (args.Contains("goal-levels"))
{
    // dotnet run --project tests/Samenwerking.Benchmarks -- goal-levels: agreement with the hand labels (docs/goal-levels.md)
    var outcomes = await GoalLevelLabels.EvaluateAsync();
    foreach (var split in new[] { GoalLevelLabels.Tune, GoalLevelLabels.Holdout })
    {
        var part = outcomes.Where(o => o.Label.Split == split).ToList();
        Console.WriteLine($"## {split}: {part.Count(o => o.Agrees)} of {part.Count} agree ({GoalLevelLabels.Agreement(part):P1})\n");
        Console.WriteLine(GoalLevelLabels.ConfusionMatrix(part));
        Console.WriteLine();
        foreach (var miss in part.Where(o => !o.Agrees))
        {
            Console.WriteLine($"- {miss.Label.SystemId} {miss.Regeling.Title}: label {miss.Label.Level}, voorstel {miss.Suggestion.GoalLevel} — {miss.Suggestion.Reason}");
        }

        Console.WriteLine();
    }

    return 0;
}

if (args.Contains("import"))
{
    // dotnet run -c Release --project tests/Samenwerking.Benchmarks -- import [-copies 2]
    return await ImportBenchmark.RunAsync(Option("-copies", 2));
}

var scale = Option("-scale", 1);
var requests = Option("-requests", 300);
var years = Option("-years", 10);
const int WarmUp = 30;

var total = Stopwatch.StartNew();
await using var register = new RegisterDatabase { Environment = "Production" };
await register.InitializeAsync();

var generating = Stopwatch.StartNew();
GeneratedCounts counts;
await using (var db = register.CreateContext())
{
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
    counts = await new RegisterGenerator(db, scale, years).GenerateAsync(CancellationToken.None);
}

generating.Stop();

string[] municipalityPages;
string[] arrangementPages;
string[] taskPages;
string[] regionPages;
await register.ImportBoundariesAsync();
await using (var db = register.CreateContext())
{
    regionPages = (await db.Arrangements.Where(a => a.Name.StartsWith("Veiligheidsregio ")).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync())
        .Select(id => $"/congruentie?regio={id}").ToArray();
    var codes = await db.Municipalities.OrderBy(m => m.Code).Select(m => m.Code).ToListAsync();
    municipalityPages = codes.Where((_, i) => i % 7 == 0).Select(c => $"/gemeenten/{c}").ToArray();
    var ids = await db.Arrangements.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
    arrangementPages = ids.Where((_, i) => i % (ids.Count / 40) == 0).Select(id => $"/samenwerkingsverbanden/{id}").ToArray();
    taskPages = (await db.MunicipalTasks.Select(t => t.Id).ToListAsync()).Select(id => $"/taken/{id}").ToArray();
}

string[] searches =
[
    "/zoeken?q=jeugdhulp", "/zoeken?q=omgevingsdienst", "/zoeken?q=Amsterdm", "/zoeken?q=belastingen", "/zoeken?q=afval+inzameling",
    "/zoeken?q=leerplicht+handhaving", "/zoeken?q=GM0344", "/zoeken?q=archief", "/zoeken?q=beschermd+wonen", "/zoeken?q=brandweer",
];

string[] filteredLists =
[
    "/samenwerkingsverbanden?provincie=PV27&doel=tactisch",
    "/samenwerkingsverbanden?vorm=OpenbaarLichaam&sorteer=deelnemers&volgorde=af",
    "/samenwerkingsverbanden?gemeente=GM0344",
    "/samenwerkingsverbanden?beleidsterrein=6&pagina=2",
    "/samenwerkingsverbanden?q=regio&sorteer=start",
    "/samenwerkingsverbanden?provincie=PV30&beleidsterrein=7&doel=tactisch&sorteer=vorm",
];

using var client = register.App.CreateClient();
var results = new List<(string Page, Measurement Result)>
{
    ("Raadsoverzicht (`/gemeenten/{code}/overzicht`)", await MeasureAsync(municipalityPages.Select(p => $"{p}/overzicht").ToArray())),
    ("Zoeken (`/zoeken?q=…`)", await MeasureAsync(searches)),
    ("Kaart als SVG (`/kaart/gemeenten/{code}.svg`)", await MeasureAsync(municipalityPages.Select(p => $"/kaart{p}.svg").ToArray())),
    ("Congruentie gemeente (`/gemeenten/{code}/congruentie`)", await MeasureAsync(municipalityPages.Select(p => $"{p}/congruentie").ToArray())),
    ("Congruentie regio (`/congruentie?regio={id}`)", await MeasureAsync(regionPages)),
    ("Vergelijken, 3 gemeenten (`/vergelijken?…`)", await MeasureAsync(municipalityPages.Chunk(3).Where(c => c.Length == 3)
        .Select(c => "/vergelijken?" + string.Join("&", c.Select(p => $"gemeente={p[^6..]}"))).ToArray())),
    ("Verbonden partijen Excel (`…/verbonden-partijen.xlsx`)", await MeasureAsync(municipalityPages.Select(p => $"/export{p}/verbonden-partijen.xlsx").ToArray())),
    ("Verbonden partijen PDF (`…/verbonden-partijen.pdf`)", await MeasureAsync(municipalityPages.Select(p => $"/export{p}/verbonden-partijen.pdf").ToArray())),
    ("Gemeente met kaart (`/gemeenten/{code}`)", await MeasureAsync(municipalityPages)),
    ("Gefilterde lijst (`/samenwerkingsverbanden?…`)", await MeasureAsync(filteredLists)),
    ("Samenwerkingsverband (`/samenwerkingsverbanden/{id}`)", await MeasureAsync(arrangementPages)),
    ("Taak (`/taken/{id}`)", await MeasureAsync(taskPages)),
    ("Gemeentelijst (`/gemeenten`)", await MeasureAsync(["/gemeenten"])),
};

Console.WriteLine($"Scale {scale}: {counts.Arrangements:N0} arrangements, {counts.Memberships:N0} memberships, " +
    $"{counts.TaskPlacements:N0} task placements, {counts.Contributions:N0} contributions ({years} years); generated in {generating.Elapsed.TotalSeconds:N1} s.");
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {requests} timed requests per page after {WarmUp} warm-up requests.");
Console.WriteLine();
Console.WriteLine("| Page | Median (ms) | p95 (ms) | Max (ms) | SQL round trips |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var (page, result) in results)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {page} | {result.Median:F1} | {result.P95:F1} | {result.Max:F1} | {result.MaxCommands} |"));
}

Console.WriteLine();
Console.WriteLine($"Total run time {total.Elapsed.TotalSeconds:N0} s.");
return 0;

async Task<Measurement> MeasureAsync(string[] urls)
{
    for (var i = 0; i < WarmUp; i++)
    {
        await GetAsync(urls[i % urls.Length]);
    }

    var times = new double[requests];
    var maxCommands = 0;
    for (var i = 0; i < requests; i++)
    {
        register.App.Commands.Reset();
        var watch = Stopwatch.StartNew();
        await GetAsync(urls[i % urls.Length]);
        times[i] = watch.Elapsed.TotalMilliseconds;
        maxCommands = Math.Max(maxCommands, register.App.Commands.Count);
    }

    Array.Sort(times);
    return new Measurement(times[times.Length / 2], times[(int)(times.Length * 0.95)], times[^1], maxCommands);
}

async Task GetAsync(string url)
{
    using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed record Measurement(double Median, double P95, double Max, int MaxCommands);
