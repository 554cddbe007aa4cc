using Npgsql;
using Samenwerking.Web.Hosting;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Where a page's SQL spends its time at scale: renders one address on an instance without the page cache, records
/// the commands it sent, and prints PostgreSQL's plan of each, run with <c>EXPLAIN (ANALYZE, BUFFERS)</c> and the same
/// parameters. With <c>-hold</c> it keeps the generated database for a while, to try other SQL with psql.
/// </summary>
internal static class ExplainBenchmark
{
    public static async Task<int> RunAsync(int scale, string url, int holdMinutes, string register)
    {
        await using var benchmark = await BenchmarkRegister.StartAsync(scale, register: register);
        await using var app = benchmark.Database.StartApp(new Dictionary<string, string?> { ["Caching:Pages"] = "false" });
        using var client = app.CreateClient();
        // Once to warm up, once recorded.
        (await client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
        app.Commands.StartRecording();
        (await client.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
        var commands = app.Commands.StopRecording();

        // With the app's session settings (its planner costs). EXPLAIN plans its statement with these parameters' values;
        // the app plans its prepared statements once for any values (decision 0032), so where the two differ the app's
        // plan is the one `EXPLAIN EXECUTE` of a prepared statement shows in psql.
        await using var connection = new NpgsqlConnection(SamenwerkingHosting.WithSessionDefaults(benchmark.Database.ConnectionString));
        await connection.OpenAsync();
        Console.WriteLine(benchmark.Description);
        Console.WriteLine($"{url}: {commands.Count} commands.");
        foreach (var recorded in commands)
        {
            await using var command = SqlReplay.Command(recorded, connection, "EXPLAIN (ANALYZE, BUFFERS) ");

            Console.WriteLine();
            Console.WriteLine(recorded.Text);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine(reader.GetString(0));
            }
        }

        if (holdMinutes > 0)
        {
            // To try other SQL by hand: psql with this connection string, while the generated register lasts.
            Console.WriteLine();
            Console.WriteLine($"The database stays up {holdMinutes} minutes: {benchmark.Database.ConnectionString}");
            await Task.Delay(TimeSpan.FromMinutes(holdMinutes));
        }

        return 0;
    }
}
