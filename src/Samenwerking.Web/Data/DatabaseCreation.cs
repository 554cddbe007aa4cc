using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Samenwerking.Web.Data;

/// <summary>
/// A first start creates the register's database and the migrations' history table before the migrations run. EF
/// Core's migrator would create both too, but only after a failed connection and a failed query that it logs as
/// errors, which they are not on a first start.
/// </summary>
public static class DatabaseCreation
{
    /// <summary>
    /// Creates what is missing and returns the <see cref="StartupLock"/>, held until disposed: migrate and seed while
    /// holding it.
    /// </summary>
    public static async Task<StartupLock> CreateIfMissingAndLockAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()!;
        await CreateDatabaseIfMissingAsync(connectionString, cancellationToken);
        var startupLock = await StartupLock.TakeAsync(connectionString, cancellationToken);
        try
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            return startupLock;
        }
        catch
        {
            await startupLock.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the database the connection string names when it is missing and this role may.</summary>
    public static async Task CreateDatabaseIfMissingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var name = builder.Database;
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        builder.Database = "postgres";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
            {
                Parameters = { new() { Value = name } },
            };
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }

            var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.InsufficientPrivilege
            or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // No right to the maintenance database or to create one, or another instance was first: the migrator
            // goes on as before. Two instances creating it in the same instant collide on pg_database's unique
            // index (23505) rather than getting "already exists" (42P04).
        }
    }
}
