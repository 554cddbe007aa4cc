using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Benchmarks;

/// <summary>
/// What the task rules suggest on the half export, per task: how many current regelingen and how many municipalities,
/// and which regelingen with municipalities get no task (decision 0021).
/// </summary>
internal static class TaskCoverageReport
{
    public static async Task<int> RunAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        var export = await RooReader.ReadAsync(file, CancellationToken.None);
        var current = export.Regelingen.Where(r => r.EndDate is null).GroupBy(r => r.SystemId).Select(g => g.First()).ToList();
        var withMunicipalities = current.Where(r => r.Participants.Any(p => p.TooiKind == "gemeente")).ToList();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TaskSuggestion.For(current[0]);
        var first = clock.Elapsed;
        clock.Restart();
        foreach (var regeling in export.Regelingen)
        {
            TaskSuggestion.For(regeling);
        }

        Console.WriteLine($"Rules: {first.TotalMilliseconds:F0} ms for the first regeling (building the rules), " +
            $"{clock.Elapsed.TotalMilliseconds:F0} ms for all {export.Regelingen.Count} versions.");
        var suggested = current.Select(r => (Regeling: r, Tasks: TaskSuggestion.For(r))).ToList();
        var placements = suggested.SelectMany(s => s.Tasks.Select(t => (s.Regeling, t.TaskCode))).ToList();

        Console.WriteLine($"{current.Count} current regelingen, {suggested.Count(s => s.Tasks.Count > 0)} with a task; " +
            $"{withMunicipalities.Count} with municipalities, {withMunicipalities.Count(r => TaskSuggestion.For(r).Count > 0)} of them with a task; " +
            $"{placements.Count} (regeling, task) suggestions.\n");
        Console.WriteLine("| task | regelingen | gemeenten |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var group in placements.GroupBy(p => p.TaskCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var municipalities = group.SelectMany(p => p.Regeling.Participants.Where(x => x.TooiKind == "gemeente").Select(x => x.TooiCode)).Distinct().Count();
            Console.WriteLine($"| {group.Key} | {group.Count()} | {municipalities} |");
        }

        Console.WriteLine("\nWith municipalities, without a task:");
        foreach (var (regeling, _) in suggested.Where(s => s.Tasks.Count == 0 && s.Regeling.Participants.Any(p => p.TooiKind == "gemeente")))
        {
            Console.WriteLine($"- {regeling.Title} ({regeling.SystemId})");
        }

        return 0;
    }
}
