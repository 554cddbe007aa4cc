using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Benchmarks;

/// <summary>
/// What every benchmark stands on: a private PostgreSQL with the real migrations and seed, a reproducible register
/// of the chosen scale (with the CBS boundaries, for the maps), and the app on it in Production mode on Kestrel.
/// The register is generated (<see cref="RegisterGenerator"/>: every party with contributions for the years asked, a
/// harder case than the real register, which has none) or, with <c>-register national</c>, the national export imported
/// as an administrator does: the half export copied twice per unit of scale (<see cref="NationalExport"/>).
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

    public static async Task<BenchmarkRegister> StartAsync(int scale, int years = 10, string register = Generated)
    {
        if (register is not (Generated or National))
        {
            throw new ArgumentException($"Unknown register '{register}': {Generated} or {National}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);

        // The benchmarks measure the app, not its rate limits: one client asks far more than any town hall.
        var database = new RegisterDatabase { Environment = "Production", Settings = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false" } };
        await database.InitializeAsync();

        var generating = Stopwatch.StartNew();
        var description = register == National
            ? await ImportNationalAsync(database, scale)
            : await GenerateAsync(database, scale, years);
        generating.Stop();
        await database.ImportBoundariesAsync();
        Addresses addresses;
        await using (var db = database.CreateContext())
        {
            addresses = await Addresses.LoadAsync(db);
        }

        return new BenchmarkRegister(database, addresses,
            $"Scale {scale}: {description} in {generating.Elapsed.TotalSeconds:N1} s.",
            await Benchmarks.Machine.DescribeAsync(database.ConnectionString));
    }

    public const string Generated = "generated";

    public const string National = "national";

    private static async Task<string> GenerateAsync(RegisterDatabase database, int scale, int years)
    {
        await using var db = database.CreateContext();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var counts = await new RegisterGenerator(db, scale, years).GenerateAsync(CancellationToken.None);
        return $"{counts.Arrangements:N0} arrangements, {counts.Memberships:N0} memberships, " +
            $"{counts.TaskPlacements:N0} task placements, {counts.Contributions:N0} contributions ({years} years); generated";
    }

    private static async Task<string> ImportNationalAsync(RegisterDatabase database, int scale)
    {
        var file = Path.Combine(Path.GetTempPath(), $"samenwerking-benchmark-national-{Environment.ProcessId}.xml");
        try
        {
            var (versions, _) = NationalExport.Write(file, 2 * scale);
            await using var stream = File.OpenRead(file);
            var report = await database.GetService<RooImporter>().ImportAsync(stream, Operator.Principal, CancellationToken.None);
            await using var db = database.CreateContext();
            // As the generator does: statistics for the planner now, not whenever autovacuum gets to them mid-run.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            var arrangements = await db.Arrangements.CountAsync();
            var counts = $"{arrangements:N0} arrangements, {await db.Memberships.CountAsync():N0} memberships, " +
                $"{await db.TaskPlacements.CountAsync():N0} task placements, {await db.Contributions.CountAsync():N0} contributions";
            return $"{counts}, the {arrangements - report.Added.Count:N0} arrangements seeded before the import and the import's task suggestions included; " +
                $"the national half export copied {2 * scale} times ({versions:N0} regeling versions, {report.Added.Count:N0} added), written and imported";
        }
        finally
        {
            File.Delete(file);
        }
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
