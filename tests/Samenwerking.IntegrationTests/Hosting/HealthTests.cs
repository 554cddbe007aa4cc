using System.Net;
using Npgsql;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>Liveness and readiness as a load balancer or docker-compose asks for them.</summary>
public sealed class HealthTests(RegisterDatabase database) : RegisterTest(database)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task A_migrated_register_is_live_and_ready(string url)
    {
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_its_database_the_app_is_live_but_not_ready()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var app = new RegisterAppFactory(unreachable, "Production");
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_database_without_the_migrations_is_not_ready()
    {
        var empty = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = $"leeg_{Guid.NewGuid():N}" };
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {empty.Database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var app = new RegisterAppFactory(empty.ConnectionString, "Production");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
