using Npgsql;

namespace Samenwerking.Web.Data;

/// <summary>
/// A PostgreSQL advisory lock that app instances take around migrating and seeding (decision 0025): two instances
/// that start at once on one database (behind a load balancer, or a restart of both) then migrate and seed one after
/// the other, and the second finds the work done. The lock lives on a connection of its own and ends with it, also
/// when the process dies.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any fixed number, the same in every instance; "Samenwerking" in ASCII, cut to 64 bits.</summary>
    private const long Key = 0x53616D656E7765;

    private readonly NpgsqlConnection connection;

    private StartupLock(NpgsqlConnection connection) => this.connection = connection;

    /// <summary>Waits until no other instance holds the lock, then holds it until disposed.</summary>
    public static async Task<StartupLock> TakeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = "samenwerking-startup",
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Waits as long as the other instance migrates: no command timeout.
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the connection ends its session and with it the lock.</summary>
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
