using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// docker-compose's initialisation script, run against the test PostgreSQL: the owner role applies the migrations, the
/// app's role reads and writes but is no superuser and cannot change the schema.
/// </summary>
public sealed class DatabaseRolesTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task The_app_works_with_a_role_that_can_change_rows_but_not_the_schema()
    {
        var name = $"roles_{Guid.NewGuid():N}";
        var server = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        var (exitCode, output) = await RunInitScriptAsync(server, name);
        Assert.True(exitCode == 0, output);
        var owner = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = name, Username = "samenwerking_owner" }.ConnectionString;
        var appRole = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = name, Username = "samenwerking_app" }.ConnectionString;

        // As `dotnet Samenwerking.Web.dll migrate` does in the migrate service, here in this process.
        await using (var migrator = new RegisterAppFactory(owner, "Production"))
        {
            Assert.True(await migrator.Services.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None));
        }

        await using (var connection = new NpgsqlConnection(appRole))
        {
            await connection.OpenAsync();
            await using var superuser = new NpgsqlCommand("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user", connection);
            Assert.False((bool)(await superuser.ExecuteScalarAsync())!);
            foreach (var statement in new[] { "CREATE TABLE intruder (id int)", "DROP TABLE municipalities", "ALTER TABLE arrangements DROP COLUMN name", "TRUNCATE change_records" })
            {
                await using var command = new NpgsqlCommand(statement, connection);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
                Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege, $"{statement}: {refused.SqlState} {refused.MessageText}");
            }
        }

        // Writes as the app: a register table (its triggers raise the version and announce it), a user, a sign-in (its keys).
        await using var app = new RegisterAppFactory(appRole, "Production", Database.Settings);
        app.UseKestrel(0);
        app.StartServer();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<RegisterDbContext>>().CreateDbContextAsync())
        {
            var arrangement = await db.Arrangements.OrderBy(a => a.Id).FirstAsync();
            arrangement.Name += " (gewijzigd)";
            Assert.Equal(1, await db.SaveChangesAsync());
        }

        using (var scope = app.Services.CreateScope())
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .AddAsync(Operator.Principal, "rollen@gemeente.example", WebClients.Password, Roles.Beheerder));
        }

        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/samenwerkingsverbanden", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("rollen@gemeente.example", WebClients.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    /// <summary>The script as the postgres image runs it, as the superuser, here over TCP to the test server.</summary>
    private static async Task<(int ExitCode, string Output)> RunInitScriptAsync(NpgsqlConnectionStringBuilder server, string database)
    {
        var script = Path.Combine(RepositoryRoot(), "deploy", "postgres", "10-samenwerking-roles.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.Environment["PGHOST"] = server.Host;
        start.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["POSTGRES_USER"] = server.Username;
        start.Environment["SAMENWERKING_DB"] = database;
        start.Environment["SAMENWERKING_OWNER_PASSWORD"] = "eigenaar-wachtwoord";
        start.Environment["SAMENWERKING_APP_PASSWORD"] = "app-wachtwoord";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Samenwerking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Samenwerking.sln not found.");
    }
}
