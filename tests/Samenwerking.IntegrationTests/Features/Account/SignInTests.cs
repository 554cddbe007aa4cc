using System.Net;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Account;

/// <summary>
/// Wrong passwords slow down whoever types them and never lock the account, so nobody can lock the administrators out;
/// the answers do not tell which accounts exist.
/// </summary>
public sealed class SignInTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Beheerder = "beheerder@gemeente.example";
    private const string WrongPassword = "verkeerd-wachtwoord-123";
    private static readonly IPAddress Attacker = IPAddress.Parse("127.0.0.3");
    private static readonly IPAddress TownHall = IPAddress.Parse("127.0.0.4");

    /// <summary>The shipped limits for wrong passwords, made small: three per account and address.</summary>
    private RegisterAppFactory AppWithThreeFailuresAllowed() => Database.StartApp(new Dictionary<string, string?>
    {
        ["RateLimits:SignInFailures:PermitLimit"] = "3",
        ["RateLimits:SignInFailures:Window"] = "00:15:00",
    });

    [Fact]
    public async Task Wrong_passwords_throttle_the_guesser_but_never_lock_out_the_administrator()
    {
        await Database.AddAsync(Beheerder, Roles.Beheerder);
        await using var app = AppWithThreeFailuresAllowed();
        using var attacker = WebClients.NewClient(app.ClientOptions.BaseAddress, Attacker);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var failed = await attacker.SignInAsync(Beheerder, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Het e-mailadres of het wachtwoord klopt niet.", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var throttled = await attacker.SignInAsync(Beheerder, WebClients.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.InRange(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 15 * 60);
        Assert.Contains("Te veel mislukte pogingen", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var administrator = WebClients.NewClient(app.ClientOptions.BaseAddress, TownHall);
        var signedIn = await administrator.SignInAsync(Beheerder, WebClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(await Database.GetService<UserAdministration>().ListAsync(Operator.Principal), u => u.LockedOutUntil is not null);
    }

    [Fact]
    public async Task Answers_an_unknown_address_exactly_as_a_wrong_password()
    {
        await Database.AddAsync(Beheerder, Roles.Beheerder);
        await using var app = AppWithThreeFailuresAllowed();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, Attacker);

        var known = await client.SignInAsync(Beheerder, WrongPassword);
        var unknown = await client.SignInAsync("niemand@gemeente.example", WrongPassword);

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Message(await known.Content.ReadAsStringAsync()), Message(await unknown.Content.ReadAsStringAsync()));
        for (var attempt = 1; attempt < 3; attempt++)
        {
            await client.SignInAsync("niemand@gemeente.example", WrongPassword);
        }

        var throttled = await client.SignInAsync("niemand@gemeente.example", WrongPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }

    [Fact]
    public async Task Tells_only_who_knows_the_password_that_an_account_is_blocked()
    {
        await Database.AddAsync(Beheerder, Roles.Beheerder);
        var redacteur = await Database.AddAsync("redacteur@gemeente.example", Roles.Redacteur);
        Assert.Empty(await Database.GetService<UserAdministration>().BlockAsync(Operator.Principal, redacteur));
        using var client = Database.NewClient();

        var guessed = await client.SignInAsync("redacteur@gemeente.example", WrongPassword);
        var known = await client.SignInAsync("redacteur@gemeente.example", WebClients.Password);

        Assert.Equal("Het e-mailadres of het wachtwoord klopt niet.", Message(await guessed.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal("Uw account is geblokkeerd. Vraag een beheerder om het te deblokkeren.", Message(await known.Content.ReadAsStringAsync()));
    }

    private static string Message(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "Geen melding op de pagina.");
        var text = System.Text.RegularExpressions.Regex.Replace(html[(html.IndexOf('>', start) + 1)..], "<[^>]+>", "\n");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
    }
}
