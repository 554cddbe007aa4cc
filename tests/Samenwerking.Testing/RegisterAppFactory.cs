using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Web.Hosting;

namespace Samenwerking.Testing;

/// <summary>The real app, on the given database, with a command counter in its EF Core pipeline.</summary>
public sealed class RegisterAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting($"ConnectionStrings:{SamenwerkingHosting.ConnectionStringName}", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Commands));
    }
}
