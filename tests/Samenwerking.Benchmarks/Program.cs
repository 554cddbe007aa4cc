using Samenwerking.Benchmarks;

// Benchmarks of the register, run as a console program (docs/performance.md). The first argument names the verb:
//   dotnet run -c Release --project tests/Samenwerking.Benchmarks -- [-scale 1] [-requests 300] [-years 10]
//       page speed at one reader, with each page's SQL timed alone
//   … -- throughput [-scale 1] [-clients 50] [-seconds 10]
//       requests/s and latency at many concurrent readers, with and without the page cache
//   … -- memory [-scale 1] [-tabs 50]
//       live managed heap per open Chromium tab
//   … -- import [-copies 2]
//       the import of a national export of the real size
//   … -- finances [-scale 1] [-parties 40] [-years 10] [-runs 5]
//       the Excel round trip of a municipality's finances: download, every figure changed, upload
//   dotnet run --project tests/Samenwerking.Benchmarks -- goal-levels
//       agreement of the suggested goal levels with the hand labels
var options = new Options(args);
return options.Verb switch
{
    "goal-levels" => await GoalLevelReport.RunAsync(),
    "import" => await ImportBenchmark.RunAsync(options.Int("-copies", 2)),
    "finances" => await FinanceBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-parties", 40), options.Int("-years", 10), options.Int("-runs", 5)),
    "throughput" => await ThroughputBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-clients", 50), options.Int("-seconds", 10)),
    "memory" => await MemoryBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-tabs", 50)),
    BrowserTabs.Verb => await BrowserTabs.RunAsync(),
    "pages" => await PageBenchmark.RunAsync(options.Int("-scale", 1), options.Int("-requests", 300), options.Int("-years", 10)),
    _ => throw new ArgumentException($"Unknown verb '{options.Verb}': pages (the default), throughput, memory, import, finances or goal-levels."),
};
