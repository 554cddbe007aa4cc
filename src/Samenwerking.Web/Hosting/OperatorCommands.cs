using Samenwerking.Web.Data.Seed;
using Samenwerking.Web.Features.Backup;
using Samenwerking.Web.Features.Finances;
using Samenwerking.Web.Features.Import;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Hosting;

/// <summary>
/// Operator verbs run against the configured database instead of serving the app:
/// <c>./run.sh &lt;verb&gt; ...</c> passes them here.
/// </summary>
public static class OperatorCommands
{
    private static readonly string Usage = $"""
        Gebruik: ./run.sh [opdracht]

        Zonder opdracht start de app op http://127.0.0.1:5080 (poort via SAMENWERKING_PORT).

        Opdrachten:
          migrate     database bijwerken naar de laatste versie en een lege database vullen
          voorbeelden voorbeelden van elke rechtsvorm toevoegen aan een register zonder echte gegevens (demo);
                      een import van het landelijk GR-register verwijdert ze weer
        {UserCommands.Usage}
        {ImportCommands.Usage}
        {FinanceCommands.Usage}
        {BackupCommands.Usage}
          stop        de eigen PostgreSQL-server stoppen
          help        deze uitleg
        """;

    /// <summary>True when the first argument is a verb rather than a host setting such as --urls.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        switch (args[0])
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var seeded = await scope.ServiceProvider.GetRequiredService<RegisterSeeder>()
                        .MigrateAndSeedAsync(cancellation.Token);
                    Console.WriteLine(seeded ? "Database bijgewerkt en gevuld met de basisgegevens." : "Database bijgewerkt.");
                }

                return 0;
            case "voorbeelden":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var result = await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().AddExamplesAsync(cancellation.Token);
                    (result == ExamplesResult.RegisterHoldsRealData ? Console.Error : Console.Out).WriteLine(result switch
                    {
                        ExamplesResult.Added => "Voorbeelden toegevoegd. Ze zijn gemarkeerd als voorbeeld; een import van het landelijk GR-register verwijdert ze.",
                        ExamplesResult.AlreadyPresent => "De voorbeelden staan er al.",
                        _ => "Niet toegevoegd: het register bevat echte samenwerkingsverbanden, en voorbeelden horen daar niet tussen.",
                    });
                    return result == ExamplesResult.RegisterHoldsRealData ? 65 : 0;
                }

            case "users":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(cancellation.Token);
                    return await UserCommands.RunAsync(
                        scope.ServiceProvider.GetRequiredService<UserAdministration>(), args[1..], Console.In, Console.Out, Console.Error);
                }

            case "import" when args is [_, "financien", ..]:
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(cancellation.Token);
                    return await FinanceCommands.ImportAsync(scope.ServiceProvider, args[2..], Console.Out, Console.Error, cancellation.Token);
                }

            case "export" when args is [_, "financien", ..]:
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(cancellation.Token);
                    return await FinanceCommands.ExportAsync(scope.ServiceProvider, args[2..], Console.Out, Console.Error, cancellation.Token);
                }

            case "import":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RegisterSeeder>().MigrateAndSeedAsync(cancellation.Token);
                    return await ImportCommands.RunAsync(scope.ServiceProvider, args[1..], Console.Out, Console.Error, cancellation.Token);
                }

            case "backup" when args is [_, var file]:
                return await BackupCommands.BackupAsync(app.Configuration, file, Console.Out, Console.Error, cancellation.Token);
            case "restore" when args is [_, var file]:
                return await BackupCommands.RestoreAsync(app.Configuration, file, Console.Out, Console.Error, cancellation.Token);
            case "help" or "--help" or "-h":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Onbekende opdracht: {args[0]}\n\n{Usage}");
                return 64;
        }
    }
}
