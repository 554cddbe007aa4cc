using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MudBlazor.Services;
using Samenwerking.Web.Components;
using Samenwerking.Web.Data;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Hosting;

/// <summary>The app's composition: services and the request pipeline.</summary>
public static class SamenwerkingHosting
{
    public const string ConnectionStringName = "Register";

    public static WebApplicationBuilder AddSamenwerking(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDbContextFactory<RegisterDbContext>((provider, options) =>
        {
            options.UseNpgsql(ConnectionString(provider)).UseSnakeCaseNamingConvention();
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddHealthChecks().AddNpgSql(ConnectionString);
        services.AddSingleton(TimeProvider.System);

        services.AddScoped<MunicipalityQueries>();
        services.AddScoped<ArrangementQueries>();
        services.AddScoped<TaskQueries>();
        services.AddTransient<RegisterSeeder>();
        services.AddValidatorsFromAssemblyContaining<RegisterDbContext>(includeInternalTypes: true);

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        return builder;
    }

    // Read when first needed, not at registration, so a test host's settings win.
    private static string ConnectionString(IServiceProvider provider) =>
        provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException(
            $"Geen databaseverbinding ingesteld: zet ConnectionStrings__{ConnectionStringName} of start de app met ./run.sh.");

    /// <summary>Applies the migrations and seeds an empty register when configured to (run.sh and docker-compose do).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        }
    }

    public static WebApplication UseSamenwerking(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/niet-gevonden", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
