using Samenwerking.Web.Features.Import.Boundaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Samenwerking.Web.Data;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Features.Caching;
using Xunit;

namespace Samenwerking.Testing;

/// <summary>
/// One private PostgreSQL server with the real migrations applied and the app running on it, shared by a test
/// assembly. <see cref="ResetAsync"/> empties the register and seeds it again, so every test starts alike: the
/// seeded register with the demo examples (as <c>./run.sh voorbeelden</c> adds them), which an import removes.
/// </summary>
public sealed class RegisterDatabase : IAsyncLifetime
{
    private PostgresServer? server;
    private Respawner? respawner;
    private readonly List<IServiceScope> scopes = [];

    /// <summary>The app's hosting environment; the benchmark measures Production.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>
    /// Settings of every app this database starts, as if in appsettings.json. Tests sign in far more often from one
    /// address than people do, so the sign-in limits are raised; every other limit stays as shipped, so the suite also
    /// shows that heavy use from one address is not throttled. The benchmarks turn the limits off.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>
    {
        ["RateLimits:SignIn:PermitLimit"] = "100000",
        ["RateLimits:SignInFailures:PermitLimit"] = "100000",
    };

    public string ConnectionString { get; private set; } = "";

    /// <summary>The database's own server: a test that stops it must own this instance (not the shared one).</summary>
    public PostgresServer Server => server ?? throw new InvalidOperationException("Not started.");

    public RegisterAppFactory App { get; private set; } = null!;

    /// <summary>Where the app listens, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress => App.ClientOptions.BaseAddress;

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        ConnectionString = server.ConnectionString("samenwerking");
        App = StartApp();
        await SeedAsync();
        await WaitUntilListeningAsync(App);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            // The history is append-only (a trigger refuses deletes); tests tell their records apart by id.
            // The running app holds its data-protection keys in memory: removing them would break its cookies.
            // The register version only moves forward: the app keys its cached pages by it.
            TablesToIgnore = ["__EFMigrationsHistory", "change_records", "data_protection_keys", "register_version"],
        });
    }

    /// <summary>
    /// The app listens for the register's announcements once the migrations have made the version: from then on a write
    /// by another process (an import on the command line) reaches its cache.
    /// </summary>
    public static async Task WaitUntilListeningAsync(RegisterAppFactory app)
    {
        var version = app.Services.GetRequiredService<RegisterVersion>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!version.IsListening)
        {
            await Task.Delay(20, patience.Token);
        }
    }

    /// <summary>
    /// Another instance of the app on this database, with settings of its own (the benchmark compares the app with
    /// and without its page cache). Real Kestrel on a free port, so a browser can reach it as well as HttpClient.
    /// </summary>
    public RegisterAppFactory StartApp(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var app = new RegisterAppFactory(ConnectionString, Environment, all);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    /// <summary>Back to the freshly seeded register, with the demo examples unless asked not to.</summary>
    public async Task ResetAsync(bool withExamples = true)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await respawner!.ResetAsync(connection);
        }

        await SeedAsync(withExamples);
    }

    /// <summary>Imports the CBS municipality boundaries of 2026 from the reference data, as <c>import grenzen</c> does.</summary>
    public async Task ImportBoundariesAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("cbs/geo/gemeente_2026.topojson"));
        await GetService<BoundaryImporter>().ImportAsync(file, CancellationToken.None);
    }

    /// <summary>A context on the test database, for arranging data and checking what the app stored.</summary>
    public RegisterDbContext CreateContext() => App.Services.GetRequiredService<IDbContextFactory<RegisterDbContext>>().CreateDbContext();

    /// <summary>A service of the app (a query or command service) in a scope of its own, as a page would get it.</summary>
    public T GetService<T>() where T : notnull
    {
        var scope = App.Services.CreateScope();
        scopes.Add(scope);
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    public async Task DisposeAsync()
    {
        scopes.ForEach(s => s.Dispose());
        await App.DisposeAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private RegisterSeeder Seeder() => App.Services.GetRequiredService<RegisterSeeder>();

    private async Task SeedAsync(bool withExamples = true)
    {
        await Seeder().MigrateAndSeedAsync(CancellationToken.None);
        if (withExamples)
        {
            await Seeder().AddExamplesAsync(CancellationToken.None);
        }
    }
}
