using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Finances;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Benchmarks;

/// <summary>
/// The Excel round trip of issue 14 at its size: a municipality with 40 verbonden partijen and ten years of figures, on a
/// generated register. Each run downloads the workbook, changes every figure in it (contributions, equity, debt and
/// result: seven per party and year) and uploads it, timed from the bytes to the commit; then the same workbook again,
/// which changes nothing. One untimed round first, as a running app has compiled its code. Target: an upload under 2 s.
/// </summary>
internal static class FinanceBenchmark
{
    private const string Code = "GM0355";
    private const string Sheet = "Verbonden partijen";

    public static async Task<int> RunAsync(int scale, int parties, int years, int runs)
    {
        await using var benchmark = await BenchmarkRegister.StartAsync(scale, years);
        var register = benchmark.Database;
        var today = DateOnly.FromDateTime(DateTime.Today);
        var range = new YearRange(today.Year - years + 1, today.Year);
        var added = await AddPartiesAsync(register, parties, range);

        var download = new List<double>();
        var upload = new List<double>();
        var unchanged = new List<double>();
        var cpu = new List<double>();
        var commands = new List<int>();
        int rows = 0, changed = 0, sheetParties = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var workbook = await register.GetService<FinanceSheets>().WorkbookAsync(SubjectKind.Gemeente, Code, range, CancellationToken.None);
            using var file = new MemoryStream();
            await FinanceWorkbookWriter.WriteAsync(workbook!, file, CancellationToken.None);
            download.Add(watch.Elapsed.TotalMilliseconds);
            rows = workbook!.Sheets.Sum(s => s.Rows.Count);
            sheetParties = workbook.Sheets.SelectMany(s => s.Rows).Select(r => r.ArrangementId).Distinct().Count();

            var filled = FillEveryFigure(new Spreadsheet(file.ToArray()), run);
            register.App.Commands.Reset();
            var processor = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            var report = await register.GetService<FinanceUpload>().UploadAsync(new MemoryStream(filled), null, Operator.Principal, "benchmark", CancellationToken.None);
            upload.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
            commands.Add(register.App.Commands.Count);
            if (report.Outcome != UploadOutcome.Saved)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, report.Lines().Take(10)));
                return 1;
            }

            changed = report.Changes.Count;
            watch.Restart();
            var again = await register.GetService<FinanceUpload>().UploadAsync(new MemoryStream(filled), null, Operator.Principal, "benchmark", CancellationToken.None);
            unchanged.Add(watch.Elapsed.TotalMilliseconds);
            if (again.Outcome != UploadOutcome.Unchanged)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, again.Lines().Take(10)));
                return 1;
            }

            if (run == 0)
            {
                Console.WriteLine($"Warm-up round: download {download[0]:F0} ms, upload {upload[0]:F0} ms, again {unchanged[0]:F0} ms (not counted).");
                download.Clear();
                upload.Clear();
                unchanged.Clear();
                cpu.Clear();
                commands.Clear();
            }
        }

        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{benchmark.Machine}. Zeist ({Code}) has {sheetParties} verbonden partijen ({added} added) over {years} years: {rows} rows; " +
            $"{runs} runs, each changing all {changed} figures.");
        Console.WriteLine();
        Console.WriteLine("| Step | Median (ms) | Max (ms) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(Row("Download: workbook from the register, written as xlsx", download));
        Console.WriteLine(Row($"Upload: read, check every cell, compare, save {changed} changes with their history", upload));
        Console.WriteLine(Row("Upload of the same workbook again (nothing to save)", unchanged));
        Console.WriteLine(Row("Processor time of the app's process during the upload (all threads)", cpu));
        Console.WriteLine();
        Console.WriteLine($"SQL commands per upload: {commands.Min()}–{commands.Max()}. Under 2 s: {(upload.Max() < 2000 ? "yes" : "NO")}.");
        return upload.Max() < 2000 ? 0 : 1;
    }

    /// <summary>
    /// Gives Zeist as many verbonden partijen as asked, counting those the generator gave it: public bodies with ten other
    /// members of the province, with a contribution and a balance in every year.
    /// </summary>
    private static async Task<int> AddPartiesAsync(RegisterDatabase register, int parties, YearRange range)
    {
        var workbook = await register.GetService<FinanceSheets>().WorkbookAsync(SubjectKind.Gemeente, Code, range, CancellationToken.None);
        var existing = workbook!.Sheets.SelectMany(s => s.Rows).Select(r => r.ArrangementId).Distinct().Count();
        await using var db = register.CreateContext();
        var zeist = await db.Municipalities.SingleAsync(m => m.Code == Code);
        var neighbours = await db.Municipalities.Where(m => m.ProvinceCode == zeist.ProvinceCode && m.Id != zeist.Id && m.ValidTo == null)
            .OrderBy(m => m.Code).Take(10).ToListAsync();
        var random = new Random(14);
        for (var i = existing; i < parties; i++)
        {
            var arrangement = new Arrangement { Name = $"Benchmarkregeling {i + 1:00}", LegalForm = LegalForm.OpenbaarLichaam, GoalLevel = GoalLevel.Tactisch };
            foreach (var member in neighbours.Prepend(zeist))
            {
                var membership = new Membership { Municipality = member, CostSharePercentage = member == zeist ? 20 : 8 };
                membership.SuggestInterests(arrangement.LegalForm);
                membership.Contributions.AddRange(range.Years.Select(y => new Contribution { Year = y, Budgeted = random.Next(10_000, 2_000_000), Realised = random.Next(10_000, 2_000_000) }));
                arrangement.Memberships.Add(membership);
            }

            arrangement.FinancialYears.AddRange(range.Years.Select(y => new FinancialYear
            {
                Year = y, EquityStart = random.Next(-1_000_000, 20_000_000), EquityEnd = random.Next(-1_000_000, 20_000_000),
                DebtStart = random.Next(0, 40_000_000), DebtEnd = random.Next(0, 40_000_000), Result = random.Next(-500_000, 500_000),
            }));
            db.Arrangements.Add(arrangement);
        }

        await db.SaveChangesAsync();
        return Math.Max(0, parties - existing);
    }

    /// <summary>A new amount in every figure cell, different in every run, typed in as a controller would.</summary>
    private static byte[] FillEveryFigure(Spreadsheet sheet, int run)
    {
        var rows = sheet.Rows(Sheet).Count;
        var figures = SheetLayout.Parties.Columns.Select((column, i) => (column, i)).Where(c => c.column.Role == ColumnRole.Figure).ToList();
        var cells = Enumerable.Range(2, rows - 1)
            .SelectMany(row => figures.Select(f => ($"{SheetColumn.Letter(f.i)}{row}", (object?)(1_000m * row + 10m * f.i + run + 0.25m))));
        return sheet.Set(Sheet, cells).Bytes;
    }

    private static string Row(string step, List<double> times)
    {
        var sorted = times.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"| {step} | {Percentile.Of(sorted, 0.5):F0} | {sorted[^1]:F0} |");
    }
}
