using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>The operator verbs of <c>./run.sh &lt;verb&gt;</c>, run as the real app process.</summary>
public sealed class OperatorCommandsTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        var (exitCode, output) = await RunAppAsync("opruimen");

        Assert.Equal(64, exitCode);
        Assert.Contains("Onbekende opdracht: opruimen", output, StringComparison.Ordinal);
        Assert.Contains("Gebruik: ./run.sh", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_verbs()
    {
        var (exitCode, output) = await RunAppAsync("help");

        Assert.Equal(0, exitCode);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_on_a_current_register_changes_nothing()
    {
        var (exitCode, output) = await RunAppAsync("migrate");

        Assert.Equal(0, exitCode);
        Assert.Contains("Database bijgewerkt.", output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(342, db.Municipalities.Count(m => m.ValidTo == null));
    }

    [Fact]
    public async Task Migrate_on_a_first_start_creates_the_database_without_logging_an_error()
    {
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(Database.ConnectionString)
        {
            Database = $"samenwerking_eerste_{Guid.NewGuid():N}",
        }.ConnectionString;

        var (exitCode, output) = await AppProcess.RunAppAsync(connectionString, "", "migrate");

        Assert.Equal(0, exitCode);
        Assert.Contains("Database bijgewerkt en gevuld met de basisgegevens.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_makes_the_first_beheerder_with_the_password_from_standard_input()
    {
        var (exitCode, output) = await RunAppWithInputAsync("een-sterk-wachtwoord-2026\n", "users", "add", "eerste@gemeente.example", "--role", "beheerder");
        var (_, list) = await RunAppAsync("users", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("Gebruiker eerste@gemeente.example toegevoegd met de rol beheerder.", output, StringComparison.Ordinal);
        Assert.Contains("eerste@gemeente.example\tbeheerder", list, StringComparison.Ordinal);
        Assert.DoesNotContain("een-sterk-wachtwoord-2026", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kort\n", "beheerder", "minstens 12 tekens")]
    [InlineData("een-sterk-wachtwoord-2026\n", "koning", "Onbekende rol 'koning'")]
    [InlineData("", "beheerder", "Geen wachtwoord ontvangen")]
    public async Task Users_add_refuses_a_weak_password_an_unknown_role_or_no_password(string input, string role, string message)
    {
        var (exitCode, output) = await RunAppWithInputAsync(input, "users", "add", "tweede@gemeente.example", "--role", role);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("tweede@gemeente.example", (await RunAppAsync("users", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_reset_password_sets_the_password_from_standard_input_for_a_beheerder_who_forgot_it()
    {
        await Database.AddAsync("vergeten@gemeente.example", Roles.Beheerder);

        var (exitCode, output) = await RunAppWithInputAsync("een-heel-nieuw-wachtwoord\n", "users", "reset-password", "vergeten@gemeente.example");
        var (unknown, message) = await RunAppWithInputAsync("een-heel-nieuw-wachtwoord\n", "users", "reset-password", "niemand@gemeente.example");
        var (weak, refusal) = await RunAppWithInputAsync("kort\n", "users", "reset-password", "vergeten@gemeente.example");

        Assert.Equal(0, exitCode);
        Assert.Contains("Nieuw wachtwoord ingesteld voor vergeten@gemeente.example", output, StringComparison.Ordinal);
        Assert.Equal(65, unknown);
        Assert.Contains("Er is geen gebruiker met e-mailadres niemand@gemeente.example", message, StringComparison.Ordinal);
        Assert.Equal(65, weak);
        Assert.Contains("minstens 12 tekens", refusal, StringComparison.Ordinal);
        using var client = Database.NewClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.SignInAsync("vergeten@gemeente.example", WebClients.Password)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.SignInAsync("vergeten@gemeente.example", "een-heel-nieuw-wachtwoord")).StatusCode);
    }

    [Fact]
    public async Task Users_disable_2fa_turns_off_the_app_of_a_lost_phone()
    {
        var id = await Database.AddAsync("telefoonkwijt@gemeente.example", Roles.Beheerder);
        var users = Database.GetService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = (await users.FindByIdAsync(id))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);

        var (exitCode, output) = await RunAppAsync("users", "disable-2fa", "telefoonkwijt@gemeente.example");

        Assert.Equal(0, exitCode);
        Assert.Contains("De authenticator-app van telefoonkwijt@gemeente.example staat uit", output, StringComparison.Ordinal);
        using var client = Database.NewClient();
        Assert.Equal("/", (await client.SignInAsync("telefoonkwijt@gemeente.example", WebClients.Password)).RedirectTarget());
    }

    [Fact]
    public async Task Import_roo_reads_the_export_and_prints_the_report()
    {
        var (exitCode, output) = await RunAppAsync("import", "roo", SharedData.PathOf("roo/sample-exportOO.xml"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Toegevoegd: 20, bijgewerkt: 2, beëindigd: 0, ongewijzigd: 0, overgeslagen: 0.", output, StringComparison.Ordinal);
        Assert.Contains("Voormalige gemeenten (bewaard en gemarkeerd):", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voorbeelden_adds_the_demo_only_to_a_register_without_real_data()
    {
        await Database.ResetAsync(withExamples: false);

        var (exitCode, output) = await RunAppAsync("voorbeelden");

        Assert.Equal(0, exitCode);
        Assert.Contains("Voorbeelden toegevoegd.", output, StringComparison.Ordinal);
        await RunAppAsync("import", "roo", SharedData.PathOf("roo/sample-exportOO.xml"));
        var (refused, message) = await RunAppAsync("voorbeelden");
        Assert.NotEqual(0, refused);
        Assert.Contains("het register bevat echte samenwerkingsverbanden", message, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.Arrangements.AnyAsync(a => a.IsExample));
    }

    [Fact]
    public async Task Import_gemeenten_reads_the_CBS_list()
    {
        var (exitCode, output) = await RunAppAsync("import", "gemeenten", SharedData.PathOf("cbs/gemeenten-2026.csv"), "--per", "2026-01-01");

        Assert.Equal(0, exitCode);
        Assert.Contains("Toegevoegd: 0, bijgewerkt: 0, beëindigd: 0, ongewijzigd: 342, overgeslagen: 0.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_roo_fails_clearly_on_a_missing_or_broken_file()
    {
        var broken = Path.GetTempFileName();
        await File.WriteAllTextAsync(broken, "<overheidsorganisaties><gemeenschappelijkeRegelingen><regeling");

        var missing = await RunAppAsync("import", "roo", "/bestaat/niet.xml");
        var truncated = await RunAppAsync("import", "roo", broken);
        File.Delete(broken);

        Assert.Equal(66, missing.ExitCode);
        Assert.Contains("kan niet worden geopend", missing.Output, StringComparison.Ordinal);
        Assert.Equal(65, truncated.ExitCode);
        Assert.Contains("Regel 1", truncated.Output, StringComparison.Ordinal);
        Assert.Contains("Er is niets ingelezen", truncated.Output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments) => Database.RunAppAsync("", arguments);

    private Task<(int ExitCode, string Output)> RunAppWithInputAsync(string input, params string[] arguments) =>
        Database.RunAppAsync(input, arguments);
}
