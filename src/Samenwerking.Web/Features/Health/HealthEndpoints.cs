using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Features.Health;

/// <summary>
/// Health for a load balancer or an orchestrator: <c>/health/live</c> says the process answers (restart it when not),
/// <c>/health/ready</c> that it can serve: the database answers and has every migration (send it no traffic when
/// not). <c>/health</c> is the readiness check too, as before.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddRegisterHealthChecks(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddSingleton<MigrationsApplied>();
        services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "database", tags: [Ready])
            .AddCheck<MigrationsApplied>("migrations", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return endpoints;
    }

    /// <summary>
    /// Unhealthy while the database lacks a migration this build has (an update that has not migrated yet). Once they are
    /// all there they stay while the process lives — a restore needs every instance stopped first (decision 0025) — so
    /// it is asked until then, not at every probe: reading the history and this build's migrations costs more than the
    /// database ping beside it.
    /// </summary>
    private sealed class MigrationsApplied(IDbContextFactory<RegisterDbContext> contextFactory) : IHealthCheck
    {
        private volatile bool applied;

        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (applied)
            {
                return HealthCheckResult.Healthy();
            }

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            applied = pending.Count == 0;
            return pending.Count == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending.Count} migratie(s) nog niet uitgevoerd, de eerste: {pending[0]}.");
        }
    }
}
