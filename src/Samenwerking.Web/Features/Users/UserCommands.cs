using System.Text;

namespace Samenwerking.Web.Features.Users;

/// <summary>
/// <c>./run.sh users add &lt;email&gt; --role beheerder</c> (password on standard input) and <c>./run.sh users list</c>:
/// how the first beheerder is made, since no password is in the code or the seed.
/// </summary>
internal static class UserCommands
{
    public const string Usage = """
          users add <e-mail> --role beheerder|redacteur
                      gebruiker toevoegen; het wachtwoord komt van standaardinvoer
          users list  gebruikers en hun rollen tonen
        """;

    public static async Task<int> RunAsync(UserAdministration users, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case ["list"]:
                var all = await users.ListAsync();
                foreach (var user in all)
                {
                    var locked = user.LockedOutUntil is { } until ? $"  (geblokkeerd tot {until.ToLocalTime():g})" : "";
                    await output.WriteLineAsync($"{user.Email}\t{string.Join(", ", user.Roles)}{locked}");
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

                var problems = await users.AddAsync(email, password, role);
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync(problem);
                }

                if (problems.Count == 0)
                {
                    await output.WriteLineAsync($"Gebruiker {email.Trim()} toegevoegd met de rol {role}.");
                }

                return problems.Count == 0 ? 0 : 65;
            default:
                await error.WriteLineAsync($"Gebruik:\n{Usage}");
                return 64;
        }
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
