using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Features.Backup;

/// <summary>
/// <c>./run.sh backup &lt;file&gt;</c> and <c>./run.sh restore &lt;file&gt;</c> (decision 0025): the whole database —
/// the register, its history, the users and the data-protection keys that sign-in cookies depend on — in
/// PostgreSQL's custom format, written with the machine's <c>pg_dump</c>. A backup may run while the app serves (it
/// reads one consistent snapshot). A restore refuses while anything else is connected to the database (stop every app
/// instance first) and replaces the database's contents in one transaction: it either completes or changes nothing.
/// </summary>
internal static class BackupCommands
{
    public const string Usage = """
          backup <bestand>
                      reservekopie van de hele database (register, geschiedenis, gebruikers, sleutels) naar een bestand;
                      mag terwijl de app draait
          restore <bestand>
                      de database vervangen door een reservekopie; stop eerst de app (alle instanties)
        """;

    /// <summary>The first bytes of a dump in PostgreSQL's custom format.</summary>
    private const string DumpSignature = "PGDMP";

    public static async Task<int> BackupAsync(IConfiguration configuration, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(Hosting.SamenwerkingHosting.ConnectionString(configuration));
        var target = Path.GetFullPath(file);
        var partial = target + ".deels";
        var dump = await RunAsync(Tool(configuration, "pg_dump"), connection,
            ["--format=custom", "--no-password", $"--file={partial}"], work: null, cancellationToken);
        if (dump.ExitCode != 0)
        {
            File.Delete(partial);
            await error.WriteLineAsync($"Geen reservekopie gemaakt: pg_dump meldt: {dump.Error.Trim()}");
            return 70;
        }

        File.Move(partial, target, overwrite: true);
        await output.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("nl-NL"),
            $"Reservekopie van database {connection.Database} geschreven naar {target} ({new FileInfo(target).Length / 1024.0:N0} kB)."));
        return 0;
    }

    public static async Task<int> RestoreAsync(IConfiguration configuration, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var source = Path.GetFullPath(file);
        if (!IsDump(source))
        {
            await error.WriteLineAsync($"Niet teruggezet: {source} is geen reservekopie van ./run.sh backup (een PostgreSQL-dump in custom-formaat).");
            return 65;
        }

        var connectionString = Hosting.SamenwerkingHosting.ConnectionString(configuration);
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        await DatabaseCreation.CreateDatabaseIfMissingAsync(connectionString, cancellationToken);
        var others = await OtherSessionsAsync(connectionString, cancellationToken);
        if (others > 0)
        {
            await error.WriteLineAsync($"Niet teruggezet: er {(others == 1 ? "is nog 1 andere verbinding" : $"zijn nog {others} andere verbindingen")} " +
                $"met database {connection.Database}. Stop eerst de app (alle instanties) en probeer het dan opnieuw.");
            return 75;
        }

        // The old contents go and the backup's come in one transaction: a failure leaves the database as it was. The
        // backup streams from pg_restore into psql; when pg_restore fails, psql is killed before it could commit.
        var restoreError = "";
        var restore = await RunAsync(Tool(configuration, "psql"), connection,
            ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=-"],
            async psql =>
            {
                await psql.StandardInput.WriteAsync("DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n".AsMemory(), cancellationToken);
                await psql.StandardInput.FlushAsync(cancellationToken);
                var script = await RunAsync(Tool(configuration, "pg_restore"), connection,
                    ["--no-owner", "--no-privileges", "--file=-", source], async pgRestore =>
                    {
                        try
                        {
                            await pgRestore.StandardOutput.BaseStream.CopyToAsync(psql.StandardInput.BaseStream, cancellationToken);
                        }
                        catch (IOException)
                        {
                            // psql stopped at an error: it says which below.
                            pgRestore.Kill();
                            await pgRestore.WaitForExitAsync(cancellationToken);
                        }
                    }, cancellationToken, drainOutput: false);
                if (script.ExitCode != 0 && !psql.HasExited)
                {
                    restoreError = $"pg_restore meldt: {script.Error.Trim()}";
                    psql.Kill();
                    await psql.WaitForExitAsync(cancellationToken);
                }
            }, cancellationToken);
        if (restore.ExitCode != 0)
        {
            await error.WriteLineAsync($"Niet teruggezet, de database is ongewijzigd: {(restoreError.Length > 0 ? restoreError : $"psql meldt: {restore.Error.Trim()}")}");
            return 70;
        }

        await output.WriteLineAsync($"Database {connection.Database} teruggezet uit {source}. Bij de volgende start brengt de app haar zo nodig " +
            "naar de laatste versie; aanmeldingen van vóór de reservekopie gelden weer.");
        return 0;
    }

    private static bool IsDump(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        var head = new byte[DumpSignature.Length];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length
            && System.Text.Encoding.ASCII.GetString(head) == DumpSignature;
    }

    private static async Task<long> OtherSessionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// A PostgreSQL program: from <c>Database:PostgresBin</c>, else the newest under /usr/lib/postgresql (it reads
    /// dumps of older servers too), else from the PATH.
    /// </summary>
    private static string Tool(IConfiguration configuration, string name)
    {
        if (configuration["Database:PostgresBin"] is { Length: > 0 } configured)
        {
            return Path.Combine(configured, name);
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin", name))
                .FirstOrDefault(File.Exists)
            : null;
        return installed ?? name;
    }

    /// <summary>
    /// Runs a PostgreSQL program against the database, its connection passed in the environment (never on the command
    /// line). <paramref name="work"/> feeds its input or reads its output; without it the output is discarded.
    /// </summary>
    private static async Task<(int ExitCode, string Error)> RunAsync(
        string program, NpgsqlConnectionStringBuilder connection, string[] arguments, Func<Process, Task>? work, CancellationToken cancellationToken,
        bool drainOutput = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException(program);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (127, $"{program} niet gevonden ({exception.Message}); installeer de PostgreSQL-programma's " +
                "(Debian: apt-get install postgresql-client) of zet Database__PostgresBin.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            var output = drainOutput ? process.StandardOutput.ReadToEndAsync(cancellationToken) : Task.FromResult("");
            if (work is not null)
            {
                await work(process);
            }

            if (!process.HasExited)
            {
                process.StandardInput.Close();
            }

            await output;

            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await error);
        }
    }
}
