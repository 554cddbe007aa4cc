using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Samenwerking.Web.Data;

/// <summary>
/// Runs a unit of work inside the execution strategy (decisions 0025 and 0034): a transient failure (the database
/// restarting, a dropped connection, a serialization failure) runs the whole unit again — its reads, its changes, its
/// transaction — never only the part after the failure. The unit must therefore hold everything it depends on: what it
/// loads, what it changes and the commit; what it reads from outside (a form, an uploaded file) it must not consume.
/// A read of a page is such a unit too (<see cref="ReadingAsync{T}"/>), so its queries need not buffer their rows.
/// </summary>
public static class DatabaseRetries
{
    /// <summary>Runs <paramref name="unitOfWork"/>, which creates its own contexts, again on a transient failure.</summary>
    public static async Task<T> RetryingAsync<T>(
        this IDbContextFactory<RegisterDbContext> contextFactory, Func<Task<T>> unitOfWork, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(unitOfWork);
    }

    /// <summary>
    /// Runs a read of one or more queries on a context of its own as one unit: a transient failure runs the whole read
    /// again, so its queries stream their rows instead of each buffering them first to be retried alone (decision 0034).
    /// </summary>
    public static async Task<T> ReadingAsync<T>(
        this IDbContextFactory<RegisterDbContext> contextFactory, Func<RegisterDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.RetryingAsync(() => read(db), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="unitOfWork"/> on <paramref name="db"/> again on a transient failure, after forgetting what
    /// the failed attempt loaded and changed; a cancelled request stops waiting for the next attempt.
    /// </summary>
    public static Task<T> RetryingAsync<T>(this RegisterDbContext db, Func<Task<T>> unitOfWork, CancellationToken cancellationToken = default)
    {
        var attempts = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(_ =>
        {
            if (attempts++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            return unitOfWork();
        }, cancellationToken);
    }

    /// <summary>As <see cref="RetryingAsync{T}(RegisterDbContext, Func{Task{T}}, CancellationToken)"/>, without a result.</summary>
    public static Task RetryingAsync(this RegisterDbContext db, Func<Task> unitOfWork) =>
        db.RetryingAsync(async () =>
        {
            await unitOfWork();
            return true;
        });

    /// <summary>
    /// Whether the exception says the database cannot be reached (stopped, restarting, the network gone), after
    /// retrying or without: the app then answers that the register is briefly unavailable instead of an error.
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                    return true;
                case PostgresException postgres:
                    return IsConnectionLost(postgres.SqlState);
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }

    /// <summary>Class 08 (connection exception) and 57P (operator intervention: shutdown, cannot connect now).</summary>
    internal static bool IsConnectionLost(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("57P", StringComparison.Ordinal);
}
