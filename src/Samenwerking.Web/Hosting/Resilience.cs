using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// How the app rides out a database that is briefly gone (decision 0025): transient failures are retried a few times
/// within seconds, each time the whole operation; when the database stays away, a request that needs it answers 503
/// with <c>Retry-After</c> — a short Dutch page, or problem details on the API — and the next request after the
/// database is back is served as usual, without restarting the app.
/// </summary>
public static partial class Resilience
{
    public const string Message = "Het register is even niet bereikbaar.";

    public const string Advice = "De database antwoordt op dit moment niet. Probeer het over een minuut opnieuw; wat al was opgeslagen, blijft bewaard.";

    /// <summary>
    /// What an interactive page says when the database went away under it: the 503 page's message, and that what the
    /// user typed is still there (the page keeps its fields; a save is a whole transaction or nothing, decision 0025).
    /// Whether the last action went through, the page's own confirmation says: it shows only when it did.
    /// </summary>
    public const string InteractiveAdvice = "Wat u hebt ingevuld, staat er nog. Probeer het over een minuut opnieuw; wat al was opgeslagen, blijft bewaard.";

    /// <summary>
    /// Runs what an interactive page does on a click or a navigation within its circuit. True when it ran; false when the
    /// database was unavailable (after the retries of <see cref="RetryTransientFailures"/>): the page then shows
    /// <c>OutageAlert</c> instead of losing its circuit to the exception, and keeps its fields. Any other
    /// exception goes on as before.
    /// </summary>
    public static async Task<bool> WhileAvailableAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (Exception exception) when (DatabaseRetries.IsUnavailable(exception))
        {
            // As the 503 answer does: idle connections in the pool died with the server.
            NpgsqlConnection.ClearAllPools();
            return false;
        }
    }

    /// <summary>
    /// Marks the response 503 with <c>Retry-After</c> and <c>no-store</c>, as the outage answer does: also for a statically
    /// rendered form (sign-in, own account) that shows the message beside the fields the user filled in.
    /// </summary>
    public static void MarkUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 15;

    private const string Page = $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Even niet bereikbaar – Samenwerking</title>
        </head>
        <body>
        <main>
        <h1>{{Message}}</h1>
        <p>{{Advice}}</p>
        <p><a href="/">Naar de startpagina</a></p>
        </main>
        </body>
        </html>
        """;

    /// <summary>
    /// Retries with Npgsql's execution strategy: <c>Database:Retries:Count</c> times (3), waiting at most
    /// <c>Database:Retries:MaxDelay</c> (2 s) between attempts, so a reader waits seconds, not minutes, for the 503.
    /// </summary>
    public static NpgsqlDbContextOptionsBuilder RetryTransientFailures(this NpgsqlDbContextOptionsBuilder npgsql, IConfiguration configuration)
    {
        var count = configuration.GetValue("Database:Retries:Count", 3);
        var maxDelay = configuration.GetValue("Database:Retries:MaxDelay", TimeSpan.FromSeconds(2));
        return npgsql.ExecutionStrategy(dependencies => new RegisterExecutionStrategy(dependencies, count, maxDelay));
    }

    /// <summary>
    /// Place inside the exception handlers: a request that failed because the database is unavailable answers 503 with
    /// <c>Retry-After</c> instead of an error page. Readiness (<c>/health/ready</c>) turns red by itself.
    /// </summary>
    public static IApplicationBuilder UseDatabaseOutageAnswer(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseRetries.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Resilience))
                .LogWarning(exception, "Database niet bereikbaar: {Method} {Path} beantwoord met 503.", context.Request.Method, context.Request.Path);
            // Idle connections in the pool died with the server: the next request opens fresh ones.
            NpgsqlConnection.ClearAllPools();
            context.Response.Clear();
            MarkUnavailable(context.Response);
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                await Results.Problem(title: Message, detail: Advice, statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.WriteAsync(Page);
            }
        }
    });

    /// <summary>
    /// Npgsql's retrying strategy that also empties the connection pool when the connection itself was lost: after a
    /// database restart every idle pooled connection is dead, and each would otherwise cost an attempt.
    /// </summary>
    private sealed class RegisterExecutionStrategy(ExecutionStrategyDependencies dependencies, int count, TimeSpan maxDelay)
        : NpgsqlRetryingExecutionStrategy(dependencies, count, maxDelay, errorCodesToAdd: null)
    {
        /// <summary>
        /// Whether a query run now would be retried on its own. EF Core reads every row of such a query into memory before
        /// handing out the first (to retry it cleanly); inside a unit of work a failure runs the whole unit again instead,
        /// so there its queries stream (decision 0034).
        /// </summary>
        public override bool RetriesOnFailure => Current is null && base.RetriesOnFailure;

        protected override bool ShouldRetryOn(Exception? exception)
        {
            var retry = base.ShouldRetryOn(exception) || exception is PostgresException { SqlState: var state } && DatabaseRetries.IsConnectionLost(state);
            // Only a lost connection leaves the pool's idle connections dead: a refusal for too many connections (53300), a
            // deadlock or a serialization failure leaves them alive, and emptying the pool then would close the
            // connections the next requests are about to take.
            if (retry && DatabaseRetries.IsUnavailable(exception!))
            {
                NpgsqlConnection.ClearAllPools();
            }

            return retry;
        }
    }
}
