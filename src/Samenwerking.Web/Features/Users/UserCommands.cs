using System.Text;

namespace Samenwerking.Web.Features.Users;

/// <summary>
/// <c>./run.sh users add &lt;email&gt; --role beheerder</c> (password on standard input) and <c>./run.sh users list</c>:
/// how the first beheerder is made, since no password is in the code or the seed. <c>users reset-password</c> and
/// <c>users disable-2fa</c> let the operator help a beheerder who forgot their password or lost their phone, when no
/// other beheerder can. The operator acts with every right (<see cref="Operator"/>).
/// </summary>
internal static class UserCommands
{
    public const string Usage = """
          users add <e-mail> --role beheerder|redacteur
                      gebruiker toevoegen; het wachtwoord komt van standaardinvoer
          users list  gebruikers en hun rollen tonen
          users reset-password <e-mail>
                      nieuw wachtwoord instellen (van standaardinvoer); de gebruiker wordt overal afgemeld
          users disable-2fa <e-mail>
                      de authenticator-app van de gebruiker uitzetten (bij een kwijtgeraakte telefoon)
        """;

    public static async Task<int> RunAsync(UserAdministration users, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case ["list"]:
                var all = await users.ListAsync(Operator.Principal);
                foreach (var user in all)
                {
                    var locked = user.IsBlocked ? "  (geblokkeerd)"
                        : user.LockedOutUntil is { } until ? $"  (geblokkeerd tot {until.ToLocalTime():g})" : "";
                    var twoFactor = user.TwoFactor ? "  (authenticator-app)" : "";
                    await output.WriteLineAsync($"{user.Email}\t{string.Join(", ", user.Roles)}{twoFactor}{locked}");
                }

                await output.WriteLineAsync($"{all.Count} gebruiker(s).");
                return 0;
            case ["add", var email, "--role", var role]:
                var password = ReadPassword(input, output);
                if (string.IsNullOrEmpty(password))
                {
                    await error.WriteLineAsync("Geen wachtwoord ontvangen op standaardinvoer.");
                    return 65;
                }

                return await ReportAsync(await users.AddAsync(Operator.Principal, email, password, role),
                    $"Gebruiker {email.Trim()} toegevoegd met de rol {role}.", output, error);
            case ["reset-password", var email]:
                if (await FindAsync(users, email, error) is not { } found)
                {
                    return 65;
                }

                var newPassword = ReadPassword(input, output);
                if (string.IsNullOrEmpty(newPassword))
                {
                    await error.WriteLineAsync("Geen wachtwoord ontvangen op standaardinvoer.");
                    return 65;
                }

                return await ReportAsync(await users.ResetPasswordAsync(Operator.Principal, found.Id, newPassword),
                    $"Nieuw wachtwoord ingesteld voor {found.Email}; de gebruiker is overal afgemeld.", output, error);
            case ["disable-2fa", var email]:
                return await FindAsync(users, email, error) is { } target
                    ? await ReportAsync(await users.DisableTwoFactorAsync(Operator.Principal, target.Id),
                        $"De authenticator-app van {target.Email} staat uit; inloggen vraagt alleen nog het wachtwoord.", output, error)
                    : 65;
            default:
                await error.WriteLineAsync($"Gebruik:\n{Usage}");
                return 64;
        }
    }

    private static async Task<UserSummary?> FindAsync(UserAdministration users, string email, TextWriter error)
    {
        var user = (await users.ListAsync(Operator.Principal))
            .SingleOrDefault(u => string.Equals(u.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            await error.WriteLineAsync($"Er is geen gebruiker met e-mailadres {email.Trim()} (./run.sh users list toont ze).");
        }

        return user;
    }

    private static async Task<int> ReportAsync(IReadOnlyList<string> problems, string done, TextWriter output, TextWriter error)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }

        if (problems.Count == 0)
        {
            await output.WriteLineAsync(done);
        }

        return problems.Count == 0 ? 0 : 65;
    }

    /// <summary>From a pipe: the first line. At a terminal: typed without echo.</summary>
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (Console.IsInputRedirected || input != Console.In)
        {
            return input.ReadLine();
        }

        output.Write("Wachtwoord: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        output.WriteLine();
        return password.ToString();
    }
}
