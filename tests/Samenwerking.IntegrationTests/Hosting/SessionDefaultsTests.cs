using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Hosting;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>The session defaults the app adds to its connection string (decisions 0031 and 0032), as PostgreSQL sees them.</summary>
public sealed class SessionDefaultsTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task The_apps_sessions_plan_for_a_register_in_memory()
    {
        await using var db = Database.CreateContext();
        Assert.Equal("1.1", await db.Database.SqlQuery<string>($"SELECT current_setting('random_page_cost') AS \"Value\"").SingleAsync());
    }

    [Fact]
    public async Task A_statement_prepared_by_the_app_is_planned_once_for_any_value()
    {
        // Npgsql prepares a statement after its fifth use on a connection (Max Auto Prepare); PostgreSQL would then
        // plan each execution anew with its values (custom plans) as long as it judges those cheaper, and always for the
        // first five. Eight runs make four prepared executions: without the setting all four are custom plans. One
        // session; the statement is the overview's kind: a municipality by its code.
        await using var dataSource = OneSessionWithTheAppsDefaults();
        await using var connection = await dataSource.OpenConnectionAsync();
        foreach (var code in new[] { "GM0344", "GM0363", "GM0518", "GM0599", "GM0014", "GM0193", "GM0080", "GM0772" })
        {
            await using var read = new NpgsqlCommand("SELECT name FROM municipalities WHERE code = @code", connection);
            read.Parameters.AddWithValue("code", code);
            Assert.NotNull(await read.ExecuteScalarAsync());
        }

        await using var plans = new NpgsqlCommand(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%FROM municipalities WHERE code = $1%'",
            connection);
        await using var reader = await plans.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "Npgsql heeft de opdracht niet voorbereid.");
        Assert.True(reader.GetInt64(0) > 0);
        Assert.Equal(0, reader.GetInt64(1));
    }

    [Fact]
    public async Task A_connection_from_the_pool_is_not_reset()
    {
        // The second open gets the first connection back; the backend's process id shows it is the same session.
        await using var dataSource = OneSessionWithTheAppsDefaults();
        int first;
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var set = new NpgsqlCommand("SELECT pg_backend_pid() FROM set_config('search_path', 'public, pg_catalog', false)", connection);
            first = (int)(await set.ExecuteScalarAsync())!;
        }

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await using var show = new NpgsqlCommand("SELECT pg_backend_pid(), current_setting('search_path')", connection);
            await using var reader = await show.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(first, reader.GetInt32(0));
            Assert.Equal("public, pg_catalog", reader.GetString(1));
        }
    }

    // A data source of its own with one connection: every open gets the same session back, and other tests'
    // NpgsqlConnection.ClearAllPools does not reach it.
    private NpgsqlDataSource OneSessionWithTheAppsDefaults() => NpgsqlDataSource.Create(SamenwerkingHosting.WithSessionDefaults(
        new NpgsqlConnectionStringBuilder(Database.ConnectionString) { MaxPoolSize = 1 }.ConnectionString));

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=5;No Reset On Close=false;Options=-c random_page_cost=2 -c plan_cache_mode=auto",
        "-c random_page_cost=2 -c plan_cache_mode=auto")]
    [InlineData("Host=db;maxautoprepare=5;NoResetOnClose=false;Options=-c Random-Page-Cost=2 -c PLAN-CACHE-MODE=auto",
        "-c Random-Page-Cost=2 -c PLAN-CACHE-MODE=auto")]
    public void What_the_connection_string_says_wins(string connectionString, string options)
    {
        var own = new NpgsqlConnectionStringBuilder(SamenwerkingHosting.WithSessionDefaults(connectionString));
        Assert.Equal(5, own.MaxAutoPrepare);
        Assert.False(own.NoResetOnClose);
        Assert.Equal(options, own.Options);
    }

    [Fact]
    public void Other_options_are_kept_beside_the_default()
    {
        var defaults = new NpgsqlConnectionStringBuilder(SamenwerkingHosting.WithSessionDefaults("Host=db;Options=-c statement_timeout=5s"));
        Assert.Equal(100, defaults.MaxAutoPrepare);
        Assert.True(defaults.NoResetOnClose);
        Assert.Equal("-c statement_timeout=5s -c random_page_cost=1.1 -c plan_cache_mode=force_generic_plan", defaults.Options);
    }
}
