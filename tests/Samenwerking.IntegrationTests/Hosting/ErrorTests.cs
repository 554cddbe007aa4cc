using System.Net;
using Npgsql;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>Errors as a reader or an API client meets them in Production: explained, never a 500 for bad input.</summary>
public sealed class ErrorTests(RegisterDatabase database) : RegisterTest(database)
{
    [Theory]
    [InlineData("/api/v1/search?q=a%00b")]
    [InlineData("/api/v1/arrangements?q=a%00b")]
    [InlineData("/zoeken?q=a%00b")]
    [InlineData("/gemeenten?q=a%00b")]
    [InlineData("/samenwerkingsverbanden?q=a%00b")]
    public async Task A_nul_character_in_the_query_is_a_400_with_a_Dutch_message(string url)
    {
        await using var app = new RegisterAppFactory(Database.ConnectionString, "Production");
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ongeldig teken (NUL)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(url.StartsWith("/api", StringComparison.Ordinal) ? "application/problem+json" : "text/plain",
            response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task In_Production_an_api_error_is_problem_details_and_a_page_error_is_the_error_page()
    {
        // A database without the register's tables: every query fails. (A database that cannot be reached is no error
        // but an outage: 503, OutageTests.)
        var empty = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = $"leeg_{Guid.NewGuid():N}" };
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {empty.Database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var app = new RegisterAppFactory(empty.ConnectionString, "Production", new Dictionary<string, string?> { ["Caching:Pages"] = "false" });
        using var client = app.CreateClient();

        var api = await client.GetAsync(new Uri("/api/v1/arrangements", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/gemeenten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Er ging iets mis", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
