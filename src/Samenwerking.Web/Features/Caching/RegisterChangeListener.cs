using Npgsql;

namespace Samenwerking.Web.Features.Caching;

/// <summary>
/// Listens for the database's announcement that the register changed (NOTIFY, sent when a writing transaction
/// commits, by this process, an import in another process or another instance) and refreshes
/// <see cref="RegisterVersion"/>. After a lost connection it reads the version again, so nothing written meanwhile
/// is missed.
/// </summary>
internal sealed partial class RegisterChangeListener(
    IConfiguration configuration, RegisterVersion version, ILogger<RegisterChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidCatalogName)
            {
                // Started before the migrations made the database or the version (a first start, the tests): nothing to hear yet.
                version.IsListening = false;
                LogWaitingForMigrations(RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                version.IsListening = false;
                LogListenFailed(exception, RetryAfter.TotalSeconds);
                await Task.Delay(RetryAfter, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Hosting.SamenwerkingHosting.ConnectionString(configuration))
        {
            // A connection of its own that waits; it must not sit in the pool the pages use.
            Pooling = false,
            KeepAlive = 30,
            ApplicationName = "samenwerking-cache",
        }.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        // An announcement that arrives while the version is being read is raised as an event, not by WaitAsync.
        var announced = 0;
        connection.Notification += (_, _) => Volatile.Write(ref announced, 1);
        await using (var listen = new NpgsqlCommand($"LISTEN {RegisterVersion.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            Volatile.Write(ref announced, 0);
            await version.RefreshAsync(connection, stoppingToken);
            version.IsListening = true;
            if (Volatile.Read(ref announced) == 0)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "De registerversie bestaat nog niet (migraties volgen); opnieuw over {Seconds} s.")]
    private partial void LogWaitingForMigrations(double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Luisteren naar registerwijzigingen mislukt; opnieuw over {Seconds} s.")]
    private partial void LogListenFailed(Exception exception, double seconds);
}
