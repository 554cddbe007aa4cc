using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Backup;

/// <summary>
/// <c>./run.sh backup</c> and <c>restore</c> as the real app process runs them, with the machine's pg_dump, on a
/// PostgreSQL server of the test's own: a restore needs the database to itself.
/// </summary>
public sealed class BackupTests : IAsyncLifetime
{
    private const string Purpose = "backup-test";

    private PostgresServer server = null!;
    private string connectionString = "";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"samenwerking-{Guid.NewGuid():N}.backup");

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        connectionString = server.ConnectionString("samenwerking");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        File.Delete(file);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_backup_restored_into_a_wiped_database_holds_the_same_arrangements_history_users_and_keys()
    {
        string sealedText;
        await using (var app = new RegisterAppFactory(connectionString))
        {
            sealedText = await RegisterAsync(app);
        }

        NpgsqlConnection.ClearAllPools();
        var before = await SnapshotAsync();
        foreach (var table in new[] { "arrangements", "memberships", "change_records", "users", "user_roles", "data_protection_keys" })
        {
            Assert.True(before[table].Count > 0, $"{table} is empty before the backup");
        }

        var (backupExit, backupOutput) = await AppProcess.RunAppAsync(connectionString, "", "backup", file);
        Assert.True(backupExit == 0, backupOutput);
        Assert.Contains("Reservekopie van database samenwerking geschreven", backupOutput, StringComparison.Ordinal);

        await WipeAsync();
        var (restoreExit, restoreOutput) = await AppProcess.RunAppAsync(connectionString, "", "restore", file);

        Assert.True(restoreExit == 0, restoreOutput);
        NpgsqlConnection.ClearAllPools();
        var after = await SnapshotAsync();
        Assert.Equal(before, after);
        // The keys came back: what the app sealed before the backup (a sign-in cookie, say) opens after the restore.
        await using var restored = new RegisterAppFactory(connectionString);
        Assert.Equal("geheim", restored.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Unprotect(sealedText));
    }

    [Fact]
    public async Task A_restore_refuses_while_the_app_is_connected_and_changes_nothing()
    {
        await using var app = new RegisterAppFactory(connectionString);
        await RegisterAsync(app);
        var (backupExit, backupOutput) = await AppProcess.RunAppAsync(connectionString, "", "backup", file);
        Assert.True(backupExit == 0, backupOutput);
        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync();
            await using var rename = new NpgsqlCommand("UPDATE arrangements SET name = 'Na de reservekopie' WHERE name = 'Omgevingsdienst Reservekopie'", db);
            Assert.Equal(1, await rename.ExecuteNonQueryAsync());
        }

        var (exitCode, output) = await AppProcess.RunAppAsync(connectionString, "", "restore", file);

        Assert.Equal(75, exitCode);
        Assert.Contains("Stop eerst de app", output, StringComparison.Ordinal);
        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM arrangements WHERE name = 'Na de reservekopie'", check);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_restore_of_a_file_that_is_no_backup_changes_nothing()
    {
        await File.WriteAllTextAsync(file, "dit is geen reservekopie");

        var (exitCode, output) = await AppProcess.RunAppAsync(connectionString, "", "restore", file);

        Assert.Equal(65, exitCode);
        Assert.Contains("is geen reservekopie", output, StringComparison.Ordinal);
    }

    /// <summary>Seeds, registers an arrangement (with its history) and a beheerder, and seals a text with the app's keys.</summary>
    private static async Task<string> RegisterAsync(RegisterAppFactory app)
    {
        await app.Services.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(CancellationToken.None);
        using var scope = app.Services.CreateScope();
        var saved = await scope.ServiceProvider.GetRequiredService<ArrangementCommands>().SaveAsync(new ArrangementForm
        {
            Name = "Omgevingsdienst Reservekopie",
            GoalLevel = GoalLevel.Tactisch,
            LegalForm = LegalForm.OpenbaarLichaam,
            StartDate = new DateTime(2020, 1, 1),
            Memberships = [new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2020, 1, 1) }],
        }, Operator.Principal, CancellationToken.None);
        Assert.True(saved.Succeeded);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .AddAsync(Operator.Principal, "beheer@gemeente.example", WebClients.Password, Roles.Beheerder));
        return app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("geheim");
    }

    /// <summary>Every table's row count and a hash of its rows, and every sequence's position.</summary>
    private async Task<Dictionary<string, (long Count, string Hash)>> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            await reader.ReadAsync();
            snapshot[table] = (reader.GetInt64(0), reader.GetString(1));
        }

        await using (var sequences = new NpgsqlCommand("SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences WHERE schemaname = 'public'", connection))
        await using (var reader = await sequences.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                snapshot["sequence " + reader.GetString(0)] = (reader.GetInt64(1), "");
            }
        }

        return snapshot;
    }

    /// <summary>As on a new server: the database is gone; the restore creates it.</summary>
    private async Task WipeAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand("DROP DATABASE samenwerking WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
