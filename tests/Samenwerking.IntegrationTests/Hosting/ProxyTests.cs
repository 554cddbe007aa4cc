using System.Net;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// Behind a TLS proxy: forwarded headers believed only from configured proxies, cookies Secure and HSTS over HTTPS,
/// and a forged Host header never in a redirect or a page.
/// </summary>
public sealed class ProxyTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task Forwarded_headers_of_an_unconfigured_client_are_ignored()
    {
        await using var app = App(new() { ["RateLimits:Api:PermitLimit"] = "2" });
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.7"));

        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 3; request++)
        {
            using var response = await client.SendAsync(Forwarded("/api/v1/municipalities", $"203.0.113.{request + 1}", "https"));
            statuses.Add(response.StatusCode);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        }

        // One address for the rate limit, whatever X-Forwarded-For says.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var signIn = await client.SendAsync(Forwarded("/inloggen", "203.0.113.9", "https"));
        Assert.All(signIn.Headers.GetValues("Set-Cookie"), cookie => Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_configured_proxy_gives_the_client_address_and_HTTPS_with_Secure_cookies_and_HSTS()
    {
        await using var app = App(new() { ["RateLimits:Api:PermitLimit"] = "2", ["WebFront:KnownProxies:0"] = "127.0.0.8" });
        using var proxy = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.8"));

        for (var request = 0; request < 3; request++)
        {
            // Three clients behind the proxy: each has its own count.
            using var response = await proxy.SendAsync(Forwarded("/api/v1/municipalities", $"203.0.113.{request + 1}", "https"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        }

        using var page = await proxy.SendAsync(Forwarded("/inloggen", "203.0.113.9", "https"));
        var cookies = page.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));

        // Plain HTTP through the proxy: no HSTS.
        using var plain = await proxy.SendAsync(Forwarded("/", "203.0.113.9", "http"));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cookies_can_be_Secure_always()
    {
        await using var app = App(new() { ["WebFront:AlwaysSecureCookies"] = "true" });
        await Database.AddAsync("altijd-veilig@gemeente.example", Roles.Redacteur);
        // A browser would not send a Secure cookie back over plain HTTP: this client passes them by hand.
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.ClientOptions.BaseAddress };

        using var form = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri("/inloggen", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inloggen", ["__RequestVerificationToken"] = WebClients.Token(await form.Content.ReadAsStringAsync()),
                ["Input.Email"] = "altijd-veilig@gemeente.example", ["Input.Password"] = WebClients.Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var signIn = await client.SendAsync(post);

        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("samenwerking=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_Host_header_lands_in_no_redirect_and_no_page()
    {
        await using var app = App([]);
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);
        await using var db = Database.CreateContext();
        var id = db.Arrangements.OrderBy(a => a.Id).Select(a => a.Id).First();

        foreach (var url in new[] { "/beheer/import", "/mijn-account", $"/samenwerkingsverbanden/{id}/bewerken", "/financien/gemeenten/GM0344.xlsx" })
        {
            using var response = await client.SendAsync(WithHost(url, Forged));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.OriginalString;
            Assert.StartsWith("/inloggen", location, StringComparison.Ordinal);
            Assert.DoesNotContain(Forged, location, StringComparison.Ordinal);
        }

        // Blazor's enhanced navigation asks for the redirect in a header of its own.
        using var enhanced = WithHost("/beheer/import", Forged);
        enhanced.Headers.Add("blazor-enhanced-nav", "on");
        using var enhancedResponse = await client.SendAsync(enhanced);
        Assert.DoesNotContain(Forged, string.Join(' ', enhancedResponse.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);

        foreach (var url in new[] { "/", "/gemeenten", $"/samenwerkingsverbanden/{id}", "/inloggen", "/api/v1/arrangements", "/openapi/v1.json", "/api/index.html" })
        {
            using var response = await client.SendAsync(WithHost(url, Forged));
            Assert.DoesNotContain(Forged, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain(Forged, string.Join(' ', response.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_allowed_hosts_configured_another_host_is_refused_with_the_security_headers()
    {
        await using var app = App(new() { ["AllowedHosts"] = "samenwerking.example;127.0.0.1" });
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress);

        using var forged = await client.SendAsync(WithHost("/beheer/import", Forged));
        using var allowed = await client.SendAsync(WithHost("/", "samenwerking.example"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        SecurityHeadersTests.AssertSecurityHeaders(forged, "refused host");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    private RegisterAppFactory App(Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(Database.Settings);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = new RegisterAppFactory(Database.ConnectionString, "Production", all);
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    private static HttpRequestMessage Forwarded(string url, string client, string scheme)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return request;
    }

    private static HttpRequestMessage WithHost(string url, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Host = host;
        return request;
    }
}
