using Samenwerking.Benchmarks;

// Benchmarks of the register, run as a console program (docs/performance.md). The first argument names the verb:
//   dotnet run -c Release --project tests/Samenwerking.Benchmarks -- [-scale 1] [-requests 300] [-years 10] [-only taak,matrix]
//       page speed at one reader, with each page's SQL timed alone
//   … -- throughput [-scale 1] [-clients 50] [-seconds 10] [-warmup 3]
//       requests/s and latency at many concurrent readers, with and without the page cache
//   … -- memory [-scale 1] [-tabs 50]
//       live managed heap per open Chromium tab
//   … -- explain [-scale 10] [-url /gemeenten/GM0014/overzicht] [-hold 0]
//       the plan of each SQL command one page sends, run with EXPLAIN ANALYZE
//   pages, throughput and explain also take [-register generated|national]: national imports the national half export,
//   copied twice per unit of scale, instead of generating the register (BenchmarkRegister); -years is for generated only
//   … -- import [-copies 2]
//       the import of a national export of the real size
//   … -- finances [-scale 1] [-parties 40] [-years 10] [-runs 5]
//       the Excel round trip of a municipality's finances: download, every figure changed, upload
//   … -- soak [-scale 1] [-readers 50] [-minutes 10] [-save-every 3]
//       readers for minutes on end while an editor saves and the national import runs halfway: errors, lost saves, memory
//   dotnet run --project tests/Samenwerking.Benchmarks -- goal-levels
//       agreement of the suggested goal levels with the hand labels
//   dotnet run --project tests/Samenwerking.Benchmarks -- tasks
//       the task suggestions on the half export, per task (decision 0021)
var options = new Options(args);
return options.Verb switch
{
    "goal-levels" => await GoalLevelReport.RunAsync(),
    "tasks" => await TaskCoverageReport.RunAsync(),
    "import" => await ImportBenchmark.RunAsync(options.Int("-copies", 2)),
    "finances" => await FinanceBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-parties", 40), options.Int("-years", 10), options.Int("-runs", 5)),
    "throughput" => await ThroughputBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-clients", 50), options.Int("-seconds", 10),
        options.Int("-warmup", 3), Register()),
    "explain" => await ExplainBenchmark.RunAsync(options.Int("-scale", 10), options.String("-url", "/gemeenten/GM0014/overzicht"), options.Int("-hold", 0), Register()),
    "soak" => await SoakBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-readers", 50), options.Int("-minutes", 10), options.Int("-save-every", 3)),
    "memory" => await MemoryBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-tabs", 50)),
    BrowserTabs.Verb => await BrowserTabs.RunAsync(),
    "pages" => await PageBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-requests", 300), options.Int("-years", 10),
        options.String("-only", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Register()),
    _ => throw new ArgumentException($"Unknown verb '{options.Verb}': pages (the default), throughput, soak, memory, explain, import, finances, goal-levels or tasks."),
};

string Register() => options.String("-register", BenchmarkRegister.Generated);
