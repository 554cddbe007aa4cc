using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Data;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// EF Core's check that a context is not used by two operations at once: on where the tests run (Development), so a
/// context shared by mistake fails a test; off in production, where it cost a fifth of a reading page's allocations
/// (decision 0035).
/// </summary>
public sealed class ThreadSafetyChecksTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Are_on_in_development()
    {
        await using var db = Database.CreateContext();

        Assert.True(ChecksEnabled(db));
    }

    [Fact]
    public async Task Are_off_in_production()
    {
        await using var app = new RegisterAppFactory(Database.ConnectionString, "Production");
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<RegisterDbContext>>().CreateDbContextAsync();

        Assert.False(ChecksEnabled(db));
    }

    private static bool ChecksEnabled(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
}
