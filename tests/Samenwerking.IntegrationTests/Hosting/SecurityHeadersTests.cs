using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;
using Samenwerking.Web.Hosting;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// Every kind of response carries the security headers, on real Kestrel in Production: pages (fresh, cached and 304),
/// API, SVG map, downloads, static files, errors. Pages hold no inline script, which the Content-Security-Policy refuses.
/// </summary>
public sealed partial class SecurityHeadersTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers_and_no_server_banner()
    {
        await using var app = ProductionApp();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);
        var (code, id) = await SomeArrangementAsync();

        string[] urls =
        [
            "/", "/gemeenten", "/gemeenten", $"/gemeenten/{code}", $"/samenwerkingsverbanden/{id}", "/api/v1/municipalities",
            $"/api/v1/arrangements/{id}", $"/gemeenten/{code}.svg", $"/samenwerkingsverbanden/{id}.svg", "/export/gemeenten.csv",
            "/export/samenwerkingsverbanden.xlsx", $"/export/gemeenten/{code}/verbonden-partijen.pdf",
            "/_content/MudBlazor/MudBlazor.min.css", "/favicon.svg", "/bestaat-niet", "/api/v1/bestaat-niet", "/zoeken?q=a%00b",
            "/api/index.html", "/openapi/v1.json", "/health/live", "/beheer/import", $"/financien/gemeenten/{code}.xlsx",
        ];
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            AssertSecurityHeaders(response, url);
        }

        // A page served again from the cache, as 304 to a browser that holds it.
        using var page = await client.GetAsync(new Uri("/gemeenten", UriKind.Relative));
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri("/gemeenten", UriKind.Relative));
        revalidate.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertSecurityHeaders(notModified, "304");

        // A signed-in editor's Excel download and an interactive page.
        using var editor = await SignedInAsync(app, "kopregels@gemeente.example", Roles.Beheerder);
        foreach (var url in new[] { $"/financien/gemeenten/{code}.xlsx", "/beheer/import", $"/samenwerkingsverbanden/{id}/bewerken" })
        {
            using var response = await editor.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task The_answer_while_the_database_is_away_carries_the_security_headers()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var app = new RegisterAppFactory(unreachable, "Production", new Dictionary<string, string?> { ["Caching:Pages"] = "false" });
        app.UseKestrel(0);
        app.StartServer();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);

        foreach (var url in new[] { "/gemeenten", "/api/v1/arrangements" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            // The outage answer of decision 0025, written before the pages' pipeline: it carries the headers too.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        await using var app = ProductionApp();
        using var reader = WebClients.NewClient(app.ClientOptions.BaseAddress);
        using var editor = await SignedInAsync(app, "stijl@gemeente.example", Roles.Beheerder);
        var (code, id) = await SomeArrangementAsync();
        var pages = 0;

        foreach (var (client, url) in new[]
        {
            (reader, "/"), (reader, "/gemeenten"), (reader, $"/gemeenten/{code}"), (reader, $"/gemeenten/{code}/overzicht"),
            (reader, "/samenwerkingsverbanden"), (reader, $"/samenwerkingsverbanden/{id}"), (reader, "/taken"), (reader, "/congruentie"),
            (reader, "/vergelijken"), (reader, "/zoeken?q=water"), (reader, "/inloggen"), (reader, "/bestaat-niet"),
            (editor, "/beheer/import"), (editor, "/beheer/gebruikers"), (editor, "/mijn-account"), (editor, $"/samenwerkingsverbanden/{id}/bewerken"),
            (editor, "/samenwerkingsverbanden/nieuw"), (editor, $"/gemeenten/{code}/financien"),
        })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Contains("<script src=", html, StringComparison.Ordinal);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.Equal(ContentSecurityPolicy.Value, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            pages++;
        }

        Assert.Equal(18, pages);
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", policy, StringComparison.Ordinal);
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", what);
        Assert.True(Header(response, "X-Frame-Options") == "DENY", what);
        Assert.True(Header(response, "Referrer-Policy") == "same-origin", what);
        Assert.True(Header(response, "Permissions-Policy")?.Contains("camera=()", StringComparison.Ordinal) == true, what);
        Assert.False(response.Headers.Contains("Server"), $"{what} names its server.");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? Assert.Single(values) : null;

    private RegisterAppFactory ProductionApp()
    {
        var app = new RegisterAppFactory(Database.ConnectionString, "Production", Database.Settings);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private async Task<HttpClient> SignedInAsync(RegisterAppFactory app, string email, string role)
    {
        await Database.AddAsync(email, role);
        var client = WebClients.NewClient(app.ClientOptions.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, WebClients.Password)).StatusCode);
        return client;
    }

    private async Task<(string Code, int Id)> SomeArrangementAsync()
    {
        await using var db = Database.CreateContext();
        var membership = await db.Memberships.Where(m => m.Municipality != null).OrderBy(m => m.ArrangementId)
            .Select(m => new { m.ArrangementId, m.Municipality!.Code }).FirstAsync();
        return (membership.Code, membership.ArrangementId);
    }

    /// <summary>A script element without a source: inline script, which the policy refuses.</summary>
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
