using System.Diagnostics;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Hosting;

namespace Samenwerking.Benchmarks;

/// <summary>
/// Sends recorded SQL again, alone, on a connection of its own with the app's session settings (decision 0031: its
/// statements prepared once used often, as the app's are, and planned with the same costs), and times it.
/// </summary>
internal static class SqlReplay
{
    /// <summary>
    /// Runs each request's commands in turn (reading every row, as the app does), cycling through the requests
    /// <paramref name="count"/> times after <paramref name="warmUp"/> runs; the median time of one request's commands in ms.
    /// </summary>
    public static async Task<double> MedianAsync(
        string connectionString, IReadOnlyList<IReadOnlyList<RecordedCommand>> requests, int warmUp, int count)
    {
        // Not from the app's pool: a connection of its own, opened before the clock runs.
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(SamenwerkingHosting.WithSessionDefaults(connectionString)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var commands = requests.Select(request => request.Select(c => Command(c, connection)).ToArray()).ToArray();
        try
        {
            for (var i = 0; i < warmUp; i++)
            {
                await RunAsync(commands[i % commands.Length]);
            }

            var times = new double[count];
            for (var i = 0; i < count; i++)
            {
                var watch = Stopwatch.StartNew();
                await RunAsync(commands[i % commands.Length]);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            return Percentile.Of(times, 0.5);
        }
        finally
        {
            foreach (var command in commands.SelectMany(c => c))
            {
                await command.DisposeAsync();
            }
        }
    }

    /// <summary>The recorded command again, on <paramref name="connection"/>, its text prefixed if asked (e.g. EXPLAIN).</summary>
    public static NpgsqlCommand Command(RecordedCommand recorded, NpgsqlConnection connection, string prefix = "")
    {
        var command = new NpgsqlCommand(prefix + recorded.Text, connection);
        foreach (var parameter in recorded.Parameters)
        {
            command.Parameters.Add((NpgsqlParameter)((ICloneable)parameter).Clone());
        }

        return command;
    }

    private static async Task RunAsync(NpgsqlCommand[] commands)
    {
        foreach (var command in commands)
        {
            await using var reader = await command.ExecuteReaderAsync();
            do
            {
                while (await reader.ReadAsync())
                {
                }
            }
            while (await reader.NextResultAsync());
        }
    }
}
