using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Data;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// EF Core's check that a context is not used by two operations at once is off, in every environment: it cost a fifth
/// of a reading page's allocations, and options that differ between environments would give two models in one process,
/// which the app's compiled queries refuse (decision 0035).
/// </summary>
public sealed class ThreadSafetyChecksTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Are_off_in_development_and_in_production_with_one_model_for_both()
    {
        await using var development = Database.CreateContext();
        await using var app = new RegisterAppFactory(Database.ConnectionString, "Production");
        await using var production = await app.Services.GetRequiredService<IDbContextFactory<RegisterDbContext>>().CreateDbContextAsync();

        Assert.False(ChecksEnabled(development));
        Assert.False(ChecksEnabled(production));
        Assert.Same(development.Model, production.Model);
    }

    private static bool ChecksEnabled(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
}
