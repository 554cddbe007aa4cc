using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Web.Hosting;

namespace Samenwerking.Testing;

/// <summary>
/// The real app, on the given database, with a command counter in its EF Core pipeline. Further settings (e.g.
/// <c>Caching:Pages=false</c>) go to the app's configuration as if set in appsettings.json.
/// </summary>
public sealed class RegisterAppFactory(
    string connectionString, string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseContentRoot(AppFolder());
        if (environment != "Development")
        {
            // The static files as the build lays them out (MudBlazor's, Blazor's script, the compressed copies): a
            // published app has them in wwwroot, Development finds them by itself, other environments need this.
            builder.UseStaticWebAssets();
        }

        builder.UseSetting($"ConnectionStrings:{SamenwerkingHosting.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }

    /// <summary>The app's project folder, found from wherever the tests or the benchmark run.</summary>
    private static string AppFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Samenwerking.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Samenwerking.Web");
            }
        }

        throw new InvalidOperationException($"Samenwerking.sln not found above {AppContext.BaseDirectory}.");
    }
}
