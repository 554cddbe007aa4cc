using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Samenwerking.Testing;

/// <summary>
/// A private, throwaway PostgreSQL server for one test run, started from the machine's PostgreSQL binaries.
/// Runs as the postgres user when the tests run as root (PostgreSQL refuses to run as root).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>Every server's folder starts with this, so CI can stop leftovers of a killed run.</summary>
    public const string FolderPrefix = "samenwerking-test-pg-";

    private readonly string binaries;
    private readonly string folder;

    private PostgresServer(string binaries, string folder, int port)
    {
        this.binaries = binaries;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Include Error Detail=true";

    public static async Task<PostgresServer> StartAsync()
    {
        var binaries = FindBinaries();
        var folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
        if (IsRoot)
        {
            await RunAsync("chown", "-R", "postgres:postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        await RunPostgresToolAsync(binaries, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--no-instructions");

        // Another process may take the free port between asking and binding: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            try
            {
                var server = new PostgresServer(binaries, folder, port);
                await server.StartAgainAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Stops the server as an operator would (fast: open connections end); the app keeps running.</summary>
    public Task StopAsync() =>
        RunPostgresToolAsync(binaries, "pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>
    /// Starts the server (again), on its own port. With room for 200 connections: a test process may run more than one
    /// app instance on it (the throughput benchmark two at a time, a test of a second instance), each with a listening
    /// connection of its own beside the pages' pool; with PostgreSQL's default of 100, the
    /// benchmark's 50 clients made it refuse connections ("too many clients", 53300) and the retries slowed its rows.
    /// </summary>
    public Task StartAgainAsync() =>
        RunPostgresToolAsync(binaries, "pg_ctl", "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "postgres.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunPostgresToolAsync(binaries, "pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator);
        return candidates.Concat(onPath).FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")))
            ?? throw new InvalidOperationException(
                "De tests hebben PostgreSQL nodig: installeer de serverprogramma's (Debian: apt-get install postgresql).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunPostgresToolAsync(string binaries, string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, tool), .. arguments])
            : RunAsync(Path.Combine(binaries, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
