using System.Net;
using System.Text.RegularExpressions;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Account;

/// <summary>
/// At <c>/mijn-account</c> a signed-in user changes their password and sets up an authenticator app; signing in then asks
/// for a code from the app, or a recovery code once.
/// </summary>
public sealed partial class OwnAccountTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Page = "/mijn-account";
    private const string Email = "beheerder@gemeente.example";
    private const string NewPassword = "een-heel-nieuw-wachtwoord";

    [Fact]
    public async Task Sends_a_signed_out_visitor_to_sign_in_and_never_caches_the_page()
    {
        using var anonymous = Database.NewClient();
        var redirect = await anonymous.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/inloggen?ReturnUrl=", redirect.RedirectTarget(), StringComparison.Ordinal);

        using var client = await Database.SignedInClientAsync("lezer@gemeente.example", role: null);
        var page = await client.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("no-store", page.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_the_password_and_ends_the_other_sign_ins()
    {
        await Database.AddAsync(Email, Roles.Beheerder);
        await using var app = Database.StartApp(new Dictionary<string, string?> { ["Account:RevalidationInterval"] = "00:00:01" });
        using var here = WebClients.NewClient(app.ClientOptions.BaseAddress);
        using var elsewhere = WebClients.NewClient(app.ClientOptions.BaseAddress);
        await here.SignInAsync(Email, WebClients.Password);
        await elsewhere.SignInAsync(Email, WebClients.Password);

        var wrong = await ChangeAsync(here, "niet-mijn-wachtwoord-1", NewPassword, NewPassword);
        var different = await ChangeAsync(here, WebClients.Password, NewPassword, NewPassword + "!");
        var changed = await ChangeAsync(here, WebClients.Password, NewPassword, NewPassword);

        Assert.Contains("Het huidige wachtwoord klopt niet.", wrong, StringComparison.Ordinal);
        Assert.Contains("De twee nieuwe wachtwoorden zijn niet gelijk.", different, StringComparison.Ordinal);
        Assert.Contains("Uw wachtwoord is gewijzigd.", changed, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);
        using var fresh = WebClients.NewClient(app.ClientOptions.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await fresh.SignInAsync(Email, WebClients.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.SignInAsync(Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Sets_up_an_authenticator_app_that_signing_in_then_asks_for()
    {
        using var client = await Database.SignedInClientAsync(Email, Roles.Beheerder);

        var setup = await ReadAsync(await client.PostFormAsync(Page, "authenticator-instellen"));
        var key = KeyPattern().Match(setup).Groups[1].Value;
        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", key);
        Assert.Contains("otpauth://totp/Samenwerking%3Abeheerder%40gemeente.example?secret=", WebUtility.HtmlDecode(setup), StringComparison.Ordinal);
        Assert.Matches("<div class=\"authenticator-qr\"[^>]*role=\"img\"[^>]*><svg", setup);

        var refused = await ReadAsync(await client.PostFormAsync(Page, "authenticator-bevestigen", new() { ["Confirmation.Code"] = "000000" }));
        Assert.Contains("Deze code klopt niet.", refused, StringComparison.Ordinal);
        Assert.Equal(key, KeyPattern().Match(refused).Groups[1].Value);

        var confirmed = await ReadAsync(await client.PostFormAsync(Page, "authenticator-bevestigen", new() { ["Confirmation.Code"] = Totp.Code(key) }));
        var recoveryCodes = RecoveryCodePattern().Matches(confirmed).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("De authenticator-app staat aan.", confirmed, StringComparison.Ordinal);
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);

        using var later = Database.NewClient();
        var firstStep = await later.SignInAsync(Email, WebClients.Password);
        Assert.Equal(HttpStatusCode.Redirect, firstStep.StatusCode);
        Assert.Equal("/inloggen/code?ReturnUrl=%2F", firstStep.RedirectTarget());
        Assert.Equal(HttpStatusCode.Redirect, (await later.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);

        var wrongCode = await later.PostFormAsync("/inloggen/code", "code", new() { ["Input.Code"] = "123456" });
        Assert.Contains("Deze code klopt niet.", await wrongCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var secondStep = await later.PostFormAsync("/inloggen/code", "code", new() { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, secondStep.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);

        using var withoutPhone = Database.NewClient();
        await withoutPhone.SignInAsync(Email, WebClients.Password);
        var recovered = await withoutPhone.PostFormAsync("/inloggen/code", "code", new() { ["Input.Code"] = recoveryCodes[0].ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
        using var again = Database.NewClient();
        await again.SignInAsync(Email, WebClients.Password);
        var reused = await again.PostFormAsync("/inloggen/code", "code", new() { ["Input.Code"] = recoveryCodes[0] });
        Assert.Contains("Deze code klopt niet.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turns_the_authenticator_app_off_with_the_password()
    {
        using var client = await Database.SignedInClientAsync(Email, Roles.Beheerder);
        var key = KeyPattern().Match(await ReadAsync(await client.PostFormAsync(Page, "authenticator-instellen"))).Groups[1].Value;
        await client.PostFormAsync(Page, "authenticator-bevestigen", new() { ["Confirmation.Code"] = Totp.Code(key) });

        var refused = await ReadAsync(await client.PostFormAsync(Page, "authenticator-uitzetten", new() { ["TurnOff.Password"] = "niet-mijn-wachtwoord-1" }));
        Assert.Contains("de authenticator-app staat nog aan", refused, StringComparison.Ordinal);
        var off = await ReadAsync(await client.PostFormAsync(Page, "authenticator-uitzetten", new() { ["TurnOff.Password"] = WebClients.Password }));
        Assert.Contains("Authenticator-app instellen", off, StringComparison.Ordinal);

        using var later = Database.NewClient();
        Assert.Equal("/", (await later.SignInAsync(Email, WebClients.Password)).RedirectTarget());
    }

    [Fact]
    public async Task The_operator_or_a_beheerder_turns_off_the_app_of_a_lost_phone()
    {
        await Database.AddAsync("collega@gemeente.example", Roles.Beheerder);
        using var client = await Database.SignedInClientAsync(Email, Roles.Redacteur);
        var key = KeyPattern().Match(await ReadAsync(await client.PostFormAsync(Page, "authenticator-instellen"))).Groups[1].Value;
        await client.PostFormAsync(Page, "authenticator-bevestigen", new() { ["Confirmation.Code"] = Totp.Code(key) });
        var administration = Database.GetService<UserAdministration>();
        var user = (await administration.ListAsync(Operator.Principal)).Single(u => u.Email == Email);
        Assert.True(user.TwoFactor);

        Assert.Empty(await administration.DisableTwoFactorAsync(await Database.SignedInAsync("collega@gemeente.example"), user.Id));

        Assert.False((await administration.ListAsync(Operator.Principal)).Single(u => u.Email == Email).TwoFactor);
        using var later = Database.NewClient();
        Assert.Equal("/", (await later.SignInAsync(Email, WebClients.Password)).RedirectTarget());
    }

    private static async Task<string> ChangeAsync(HttpClient client, string current, string password, string repeat) =>
        await ReadAsync(await client.PostFormAsync(Page, "wachtwoord", new()
        {
            ["Input.Current"] = current, ["Input.New"] = password, ["Input.Repeat"] = repeat,
        }));

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<code class=\"authenticator-key\"[^>]*>([^<]+)</code>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li[^>]*><code[^>]*>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
