using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;

namespace Samenwerking.Benchmarks;

/// <summary>
/// What every benchmark stands on: a private PostgreSQL with the real migrations and seed, a reproducible register
/// of the chosen scale (with the CBS boundaries, for the maps), and the app on it in Production mode on Kestrel.
/// </summary>
internal sealed class BenchmarkRegister : IAsyncDisposable
{
    private BenchmarkRegister(RegisterDatabase database, Addresses addresses, string description, string machine)
    {
        Database = database;
        Addresses = addresses;
        Description = description;
        Machine = machine;
    }

    public RegisterDatabase Database { get; }

    public Addresses Addresses { get; }

    /// <summary>What was generated, in one line, e.g. "Scale 1: 450 arrangements, …; generated in 1.2 s."</summary>
    public string Description { get; }

    /// <summary>Cores, .NET and PostgreSQL versions.</summary>
    public string Machine { get; }

    public static async Task<BenchmarkRegister> StartAsync(int scale, int years = 10)
    {
        // The benchmarks measure the app, not its rate limits: one client asks far more than any town hall.
        var database = new RegisterDatabase { Environment = "Production", Settings = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" } };
        await database.InitializeAsync();

        var generating = Stopwatch.StartNew();
        GeneratedCounts counts;
        await using (var db = database.CreateContext())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            counts = await new RegisterGenerator(db, scale, years).GenerateAsync(CancellationToken.None);
        }

        generating.Stop();
        await database.ImportBoundariesAsync();
        Addresses addresses;
        await using (var db = database.CreateContext())
        {
            addresses = await Addresses.LoadAsync(db);
        }

        return new BenchmarkRegister(database, addresses,
            $"Scale {scale}: {counts.Arrangements:N0} arrangements, {counts.Memberships:N0} memberships, " +
            $"{counts.TaskPlacements:N0} task placements, {counts.Contributions:N0} contributions ({years} years); " +
            $"generated in {generating.Elapsed.TotalSeconds:N1} s.",
            await Benchmarks.Machine.DescribeAsync(database.ConnectionString));
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
