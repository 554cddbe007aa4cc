using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Account;

/// <summary>Reading is public; changing the register takes signing in with the right role, and forged posts are refused.</summary>
public sealed class AuthorizationTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Password = WebClients.Password;

    public static TheoryData<string> EditorPages => ["/samenwerkingsverbanden/nieuw", "/samenwerkingsverbanden/{id}/bewerken"];

    public static TheoryData<string> AllProtectedPages =>
        ["/samenwerkingsverbanden/nieuw", "/samenwerkingsverbanden/{id}/bewerken", "/beheer/gebruikers", "/beheer/import",
            "/gemeenten/GM0355/financien", "/samenwerkingsverbanden/{id}/financien", "/financien/gemeenten/GM0355.xlsx"];

    [Theory]
    [MemberData(nameof(AllProtectedPages))]
    public async Task Sends_a_signed_out_visitor_to_the_sign_in_page(string page)
    {
        using var client = Database.NewClient();

        var response = await client.GetAsync(await AddressAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen?ReturnUrl=", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProtectedPages))]
    public async Task Refuses_a_signed_in_reader_without_a_role(string page)
    {
        using var client = await Database.SignedInClientAsync("lezer@gemeente.example", role: null);

        var response = await client.GetAsync(await AddressAsync(page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lets_an_editor_edit_but_not_manage_users()
    {
        using var client = await Database.SignedInClientAsync("redacteur@gemeente.example", Roles.Redacteur);

        var edit = await client.GetAsync(await AddressAsync("/samenwerkingsverbanden/{id}/bewerken"));
        var users = await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.StartsWith("/geen-toegang", users.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lets_a_beheerder_manage_users()
    {
        using var client = await Database.SignedInClientAsync("beheerder@gemeente.example", Roles.Beheerder);

        var users = await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("beheerder@gemeente.example", await users.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_reading_public()
    {
        using var client = Database.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/samenwerkingsverbanden", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(await AddressAsync("/samenwerkingsverbanden/{id}"))).StatusCode);
    }

    [Fact]
    public async Task Refuses_a_forged_sign_in_without_an_antiforgery_token()
    {
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);
        using var client = Database.NewClient();

        var response = await client.PostAsync(new Uri("/inloggen", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["Input.Email"] = "beheerder@gemeente.example", ["Input.Password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("samenwerking=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refuses_a_forged_sign_out_without_an_antiforgery_token()
    {
        using var client = await Database.SignedInClientAsync("beheerder@gemeente.example", Roles.Beheerder);

        var forged = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative), null);
        var stillIn = await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Signs_out_with_the_token_from_the_page()
    {
        using var client = await Database.SignedInClientAsync("beheerder@gemeente.example", Roles.Beheerder);
        var token = WebClients.Token(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        var signOut = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var afterwards = await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/inloggen", afterwards.RedirectTarget(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sets_an_HttpOnly_SameSite_cookie()
    {
        await Database.AddAsync("doelwit@gemeente.example", Roles.Redacteur);
        using var client = Database.NewClient();

        var success = await client.SignInAsync("doelwit@gemeente.example", Password);

        Assert.Equal(HttpStatusCode.Redirect, success.StatusCode);
        var cookie = success.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("samenwerking=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Keeps_the_data_protection_keys_in_the_database()
    {
        await Database.SignedInClientAsync("beheerder@gemeente.example", Roles.Beheerder);

        await using var db = Database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }

    private async Task<Uri> AddressAsync(string page)
    {
        await using var db = Database.CreateContext();
        var id = await db.Arrangements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        return new Uri(page.Replace("{id}", $"{id}", StringComparison.Ordinal), UriKind.Relative);
    }
}
