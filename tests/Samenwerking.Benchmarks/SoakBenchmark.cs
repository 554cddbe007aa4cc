using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Load and soak (issue 15): many anonymous readers for minutes on end while an editor saves one arrangement every few
/// seconds and the national import runs halfway. Reports per minute: requests, errors, latency, saves, and the managed
/// heap after a full collection and the working set (memory must stay flat). At the end every confirmed save must be
/// in the register and in its history: no save lost.
/// </summary>
internal static class SoakBenchmark
{
    private sealed class Minute
    {
        public ConcurrentBag<double> Times { get; } = [];

        public int Errors;

        public int Saves;

        public int Conflicts;

        public int FailedSaves;

        public double HeapMegabytes;

        public double WorkingSetMegabytes;
    }

    public static async Task<int> RunAsync(int scale, int readers, int minutes, int saveEverySeconds)
    {
        await using var benchmark = await BenchmarkRegister.StartAsync(scale);
        var addresses = benchmark.Addresses;
        string[] urls = [.. addresses.Overviews, .. addresses.Municipalities, .. addresses.Arrangements, .. Addresses.Lists, .. addresses.Tasks];
        var duration = TimeSpan.FromMinutes(minutes);
        var stats = Enumerable.Range(0, minutes + 1).Select(_ => new Minute()).ToArray();
        var clock = Stopwatch.StartNew();
        Minute Now() => stats[Math.Min((int)clock.Elapsed.TotalMinutes, minutes)];

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = readers, AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = benchmark.Database.BaseAddress,
        };
        var next = -1;
        // What failed, by status and address: an error count alone says nothing about its cause.
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var reading = Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var url = urls[(Interlocked.Increment(ref next) & int.MaxValue) % urls.Length];
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref Now().Errors);
                        failures.AddOrUpdate($"{(int)response.StatusCode} {url}", 1, (_, n) => n + 1);
                        continue;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref Now().Errors);
                    failures.AddOrUpdate($"{e.GetType().Name} {url}", 1, (_, n) => n + 1);
                    continue;
                }

                Now().Times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToList();

        var arrangementId = int.Parse(addresses.Arrangements[1][(addresses.Arrangements[1].LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        var confirmed = new List<string>();
        // A real account, signed in as a page holds it: the commands ask the database whether it may edit.
        const string editorEmail = "soak@gemeente.example";
        var refused = await benchmark.Database.GetService<UserAdministration>().AddAsync(Operator.Principal, editorEmail, "soak-redacteur-wachtwoord", Roles.Redacteur);
        if (refused.Count > 0)
        {
            throw new InvalidOperationException(string.Join(' ', refused));
        }

        var account = await benchmark.Database.GetService<UserManager<IdentityUser>>().FindByEmailAsync(editorEmail);
        var editor = await benchmark.Database.GetService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(account!);
        var editing = Task.Run(async () =>
        {
            for (var save = 1; clock.Elapsed < duration; save++)
            {
                await Task.Delay(TimeSpan.FromSeconds(saveEverySeconds));
                using var scope = benchmark.Database.App.Services.CreateScope();
                var commands = scope.ServiceProvider.GetRequiredService<ArrangementCommands>();
                var form = (await commands.LoadAsync(arrangementId, CancellationToken.None))!;
                var purpose = $"Soak-test, opslag {save}.";
                form.Purpose = purpose;
                var result = await commands.SaveAsync(form, editor, CancellationToken.None);
                var minute = Now();
                if (result.Succeeded)
                {
                    confirmed.Add(purpose);
                    Interlocked.Increment(ref minute.Saves);
                }
                else if (result.Problem == SaveProblem.Conflict)
                {
                    Interlocked.Increment(ref minute.Conflicts);
                }
                else
                {
                    Interlocked.Increment(ref minute.FailedSaves);
                    Console.Error.WriteLine($"Save {save}: {result.Problem} {string.Join(" ", result.Errors.SelectMany(e => e.Value))}");
                }
            }
        });

        var import = Task.Run(async () =>
        {
            await Task.Delay(duration / 2);
            var watch = Stopwatch.StartNew();
            await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
            using var scope = benchmark.Database.App.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<RooImporter>().ImportAsync(file, Operator.Principal, CancellationToken.None);
            return $"Import at minute {duration.TotalMinutes / 2:N1}: {report.Added.Count} added, {report.Updated.Count} updated, " +
                $"{report.Ended.Count} ended, in {watch.Elapsed.TotalSeconds:N1} s.";
        });

        var sampling = Task.Run(async () =>
        {
            for (var minute = 0; minute < minutes; minute++)
            {
                var due = TimeSpan.FromMinutes(minute + 1) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    await Task.Delay(due);
                }

                stats[minute].HeapMegabytes = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
                stats[minute].WorkingSetMegabytes = Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;
            }
        });

        await Task.WhenAll(reading);
        await editing;
        var importLine = await import;
        await sampling;

        await using var db = benchmark.Database.CreateContext();
        var purposeNow = await db.Arrangements.Where(a => a.Id == arrangementId).Select(a => a.Purpose).SingleAsync();
        var recorded = (await db.ChangeRecords.Where(r => r.ArrangementId == arrangementId && r.UserName == "soak@gemeente.example").ToListAsync())
            .SelectMany(r => r.Changes).Where(c => c.Field == nameof(Arrangement.Purpose)).Select(c => c.To).ToHashSet();
        var lost = confirmed.Where(p => !recorded.Contains(p)).ToList();
        var lastKept = confirmed.Count == 0 || purposeNow == confirmed[^1];

        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{benchmark.Machine}; load average at the end {LoadAverage()}; {readers} readers in the app's own process, " +
            $"an editor saving every {saveEverySeconds} s, {minutes} min.");
        Console.WriteLine(importLine);
        Console.WriteLine();
        Console.WriteLine("| Minute | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | Saves | Conflicts | Failed saves | Heap after GC (MB) | Working set (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var minute = 0; minute < minutes; minute++)
        {
            var s = stats[minute];
            var times = s.Times.Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {minute + 1} | {times.Length / 60.0:F0} | {P(times, 0.5):F1} | {P(times, 0.95):F1} | {P(times, 0.99):F1} | {s.Errors} | " +
                $"{s.Saves} | {s.Conflicts} | {s.FailedSaves} | {s.HeapMegabytes:F0} | {s.WorkingSetMegabytes:F0} |"));
        }

        foreach (var (failure, count) in failures.OrderByDescending(f => f.Value).Take(15))
        {
            Console.WriteLine($"Failed {count}×: {failure}");
        }

        var errors = stats.Sum(s => s.Errors) + stats.Sum(s => s.FailedSaves);
        Console.WriteLine();
        Console.WriteLine($"Confirmed saves: {confirmed.Count}; missing from the history: {lost.Count}; last save is the arrangement's purpose now: {lastKept}.");
        return errors == 0 && lost.Count == 0 && lastKept ? 0 : 1;
    }

    private static double P(double[] sorted, double p) => sorted.Length == 0 ? 0 : Percentile.Of(sorted, p);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
