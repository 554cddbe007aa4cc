using System.Diagnostics;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Benchmarks;

/// <summary>Times the import of a national export of at least the real size (<see cref="NationalExport"/>).</summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(int copies)
    {
        var file = Path.Combine(Path.GetTempPath(), "samenwerking-benchmark-exportOO.xml");
        var (versions, participants) = NationalExport.Write(file, copies);
        var megabytes = new FileInfo(file).Length / 1024 / 1024;
        await using var register = new RegisterDatabase { Environment = "Production" };
        await register.InitializeAsync();

        var first = await TimeAsync(register, file);
        var again = await TimeAsync(register, file);
        File.Delete(file);

        Console.WriteLine($"Generated export: {versions:N0} regeling versions, {participants:N0} participant rows, {megabytes} MB.");
        Console.WriteLine();
        Console.WriteLine("| Run | Time (s) | Added | Updated | Unchanged | Ended |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| First import | {first.Seconds:F1} | {first.Report.Added.Count} | {first.Report.Updated.Count} | {first.Report.Unchanged.Count} | {first.Report.Ended.Count} |");
        Console.WriteLine($"| Same file again | {again.Seconds:F1} | {again.Report.Added.Count} | {again.Report.Updated.Count} | {again.Report.Unchanged.Count} | {again.Report.Ended.Count} |");
        Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB.");
        return 0;
    }

    private static async Task<(double Seconds, Web.Features.Import.ImportReport Report)> TimeAsync(RegisterDatabase register, string file)
    {
        var watch = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        var report = await register.GetService<RooImporter>().ImportAsync(stream, Operator.Principal, CancellationToken.None);
        return (watch.Elapsed.TotalSeconds, report);
    }
}
