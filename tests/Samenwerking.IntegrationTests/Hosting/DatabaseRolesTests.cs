using System.Diagnostics;
using System.Net;
using Npgsql;
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

        var migrate = await AppProcess.RunAppAsync(owner, "", "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.Output);

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

        // Writes as the app: examples (register tables, their triggers and announcements), a user, a sign-in (its keys).
        var examples = await AppProcess.RunAppAsync(appRole, "", "voorbeelden");
        Assert.True(examples.ExitCode == 0, examples.Output);
        var user = await AppProcess.RunAppAsync(appRole, WebClients.Password + "\n", "users", "add", "rollen@gemeente.example", "--role", Roles.Beheerder);
        Assert.True(user.ExitCode == 0, user.Output);

        await using var app = new RegisterAppFactory(appRole, "Production", Database.Settings);
        app.UseKestrel(0);
        app.StartServer();
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
