using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Hosting;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>The session defaults the app adds to its connection string (decision 0031), as PostgreSQL sees them.</summary>
public sealed class SessionDefaultsTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task The_apps_sessions_plan_for_a_register_in_memory()
    {
        await using var db = Database.CreateContext();
        Assert.Equal("1.1", await db.Database.SqlQuery<string>($"SELECT current_setting('random_page_cost') AS \"Value\"").SingleAsync());
    }

    [Fact]
    public async Task A_connection_from_the_pool_is_not_reset()
    {
        // A pool of its own with one connection, so the second open gets the first one back.
        var connectionString = SamenwerkingHosting.WithSessionDefaults(
            new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 1, ApplicationName = $"reset-{Guid.NewGuid():N}" }.ConnectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var set = new NpgsqlCommand("SELECT set_config('search_path', 'public, pg_catalog', false)", connection);
            await set.ExecuteNonQueryAsync();
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var show = new NpgsqlCommand("SELECT current_setting('search_path')", connection);
            Assert.Equal("public, pg_catalog", await show.ExecuteScalarAsync());
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
    }

    [Fact]
    public void What_the_connection_string_says_wins()
    {
        var own = new NpgsqlConnectionStringBuilder(SamenwerkingHosting.WithSessionDefaults(
            "Host=db;Max Auto Prepare=5;No Reset On Close=false;Options=-c random_page_cost=2"));
        Assert.Equal(5, own.MaxAutoPrepare);
        Assert.False(own.NoResetOnClose);
        Assert.Equal("-c random_page_cost=2", own.Options);

        var defaults = new NpgsqlConnectionStringBuilder(SamenwerkingHosting.WithSessionDefaults("Host=db;Options=-c statement_timeout=5s"));
        Assert.Equal(100, defaults.MaxAutoPrepare);
        Assert.True(defaults.NoResetOnClose);
        Assert.Equal("-c statement_timeout=5s -c random_page_cost=1.1", defaults.Options);
    }
}
