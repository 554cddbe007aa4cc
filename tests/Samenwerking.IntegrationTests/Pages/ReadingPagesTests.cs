using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Components.Antiforgery;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Pages;

/// <summary>
/// Reading pages render on the server without a circuit and, for an anonymous reader, hold nothing that belongs to one
/// request: no interactive component, no antiforgery token, no cookie. Only what a cache may hand to every reader.
/// </summary>
public sealed partial class ReadingPagesTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Password = "een-goed-wachtwoord-2026";

    private static readonly string[] ReadingPages =
    [
        "/", "/gemeenten", "/gemeenten?q=zeist&provincie=PV26", "/gemeenten/GM0344", "/gemeenten/GM0344?peildatum=2020-01-01",
        "/gemeenten/GM0344/overzicht", "/gemeenten/GM0344/congruentie", "/samenwerkingsverbanden",
        "/samenwerkingsverbanden?vorm=OpenbaarLichaam&provincie=PV26&sorteer=deelnemers&volgorde=af&pagina=2",
        "/samenwerkingsverbanden/{arrangement}", "/samenwerkingsverbanden/{arrangement}?historie=tonen", "/taken", "/taken/{task}",
        "/zoeken", "/zoeken?q=jeugdhulp", "/vergelijken", "/vergelijken?gemeente=GM0344&gemeente=Zeist", "/congruentie",
        "/congruentie?regio=PV26", "/niet-gevonden", "/geen-toegang",
    ];

    [Fact]
    public async Task Renders_reading_pages_without_an_interactive_component_or_an_antiforgery_token()
    {
        using var client = Database.App.CreateClient();

        foreach (var address in await AddressesAsync())
        {
            var response = await client.GetAsync(address);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {response.StatusCode}");
            Assert.False(html.Contains("<!--Blazor:", StringComparison.Ordinal), $"{address} holds an interactive component");
            Assert.False(html.Contains("__RequestVerificationToken", StringComparison.Ordinal), $"{address} holds an antiforgery token");
        }
    }

    [Fact]
    public async Task With_antiforgery_only_for_forms_an_anonymous_reading_page_sets_no_cookie_and_carries_no_token()
    {
        await using var app = WithAntiforgeryOnlyForForms();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        foreach (var address in (await AddressesAsync()).Append(new Uri("/bestaat-niet", UriKind.Relative)))
        {
            var response = await client.GetAsync(address);
            var html = await response.Content.ReadAsStringAsync();

            Assert.False(response.Headers.Contains("Set-Cookie"), $"{address} sets a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}");
            Assert.False(response.Headers.CacheControl?.NoStore == true, $"{address} forbids caching");
            Assert.False(html.Contains("<!--Blazor:", StringComparison.Ordinal), $"{address} holds an interactive component");
            Assert.False(html.Contains("__RequestVerificationToken", StringComparison.Ordinal), $"{address} holds an antiforgery token");
            Assert.True(PersistedStateKeys(app, html) is [] or ["Microsoft.AspNetCore.Components.Infrastructure.PersistentServicesRegistry"],
                $"{address} persists component state: {string.Join(", ", PersistedStateKeys(app, html))}");
        }
    }

    [Fact]
    public async Task With_antiforgery_only_for_forms_signing_in_and_out_still_take_the_token_of_the_form()
    {
        Assert.Empty(await Database.GetService<UserAdministration>().AddAsync(Operator.Principal, "beheerder@gemeente.example", Password, Roles.Beheerder));
        await using var app = WithAntiforgeryOnlyForForms();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var signInPage = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        Assert.Contains(signInPage.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var forged = await client.PostAsync(new Uri("/inloggen", UriKind.Relative), SignInForm(token: "vervalst"));
        var signIn = await client.PostAsync(new Uri("/inloggen", UriKind.Relative), SignInForm(Token(await signInPage.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        // Signed in, the layout's sign-out form carries a token; the page is not for a shared cache.
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.True(home.Headers.CacheControl?.NoStore);
        var signOut = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await home.Content.ReadAsStringAsync()) }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/beheer/gebruikers", UriKind.Relative))).StatusCode);
    }

    /// <summary>
    /// The app with <see cref="AntiforgeryOnlyForForms.AddAntiforgeryOnlyForForms"/> registered, as the composition in
    /// SamenwerkingHosting should register it; without it the framework sets an antiforgery cookie on every page.
    /// </summary>
    [Fact]
    public async Task The_theme_is_a_stylesheet_of_its_own_that_browsers_keep_not_css_in_every_page()
    {
        using var client = Database.App.CreateClient();
        var html = await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative));

        Assert.DoesNotContain("--mud-palette-primary", html);
        var href = ThemeLinkPattern().Match(html).Groups[1].Value;
        Assert.StartsWith("/theme.css?v=", href);

        using var current = await client.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal("text/css", current.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--mud-palette-primary: rgba(21,66,115,1);", await current.Content.ReadAsStringAsync());
        Assert.Equal("public, max-age=31536000, immutable", current.Headers.CacheControl?.ToString());

        using var stale = await client.GetAsync(new Uri("/theme.css?v=0000", UriKind.Relative));
        Assert.True(stale.Headers.CacheControl?.NoCache);
    }

    private WebApplicationFactory<Program> WithAntiforgeryOnlyForForms() =>
        Database.App.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddAntiforgeryOnlyForForms()));

    /// <summary>
    /// What the page carries as persisted component state. ASP.NET Core 10 writes it into every page of an app with an
    /// interactive render mode; with antiforgery only for forms all that is left is the framework's constant list of
    /// persistent service types, no token (encrypted, so its bytes differ per response while its content does not).
    /// </summary>
    private static string[] PersistedStateKeys(WebApplicationFactory<Program> app, string html)
    {
        var state = StatePattern().Match(html);
        if (!state.Success)
        {
            return [];
        }

        var json = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Microsoft.AspNetCore.Components.Server.State")
            .Unprotect(Convert.FromBase64String(state.Groups[1].Value));
        return [.. JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.Keys];
    }

    private async Task<IReadOnlyList<Uri>> AddressesAsync()
    {
        await using var db = Database.CreateContext();
        var arrangementId = await db.Arrangements.Where(a => a.Name == "Veiligheidsregio Utrecht").Select(a => a.Id).SingleAsync();
        var taskId = await db.MunicipalTasks.Where(t => t.Name == "Brandweerzorg").Select(t => t.Id).SingleAsync();
        return ReadingPages.Select(page => new Uri(page.Replace("{arrangement}", $"{arrangementId}", StringComparison.Ordinal)
            .Replace("{task}", $"{taskId}", StringComparison.Ordinal), UriKind.Relative)).ToList();
    }

    private static FormUrlEncodedContent SignInForm(string token) => new(new Dictionary<string, string>
    {
        ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Input.Email"] = "beheerder@gemeente.example", ["Input.Password"] = Password,
    });

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/theme\\.css[^\"]*)\"")]
    private static partial Regex ThemeLinkPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([^-]+)-->")]
    private static partial Regex StatePattern();
}
