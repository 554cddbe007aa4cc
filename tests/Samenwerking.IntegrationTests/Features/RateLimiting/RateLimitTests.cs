using System.Globalization;
using System.Net;
using System.Text.Json;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.RateLimiting;

/// <summary>
/// Signing in, the API, search and downloads are limited per client address, answered with 429 and Retry-After;
/// reading pages are not limited. Tests that need small limits start an app of their own with them.
/// </summary>
public sealed class RateLimitTests(RegisterDatabase database) : RegisterTest(database)
{
    private const int Permits = 3;

    public static TheoryData<string> LimitedPages => ["/zoeken?q=Utrecht", "/export/gemeenten.csv", "/export/samenwerkingsverbanden.xlsx"];

    [Fact]
    public async Task The_API_answers_429_with_Retry_After_and_problem_details_past_its_limit()
    {
        await using var app = AppWithSmallLimits();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));

        for (var request = 0; request < Permits; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/api/v1/municipalities?page={request + 1}", UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Te veel verzoeken", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("Probeer het over", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LimitedPages))]
    public async Task Search_and_downloads_answer_429_in_Dutch_past_their_limit(string url)
    {
        await using var app = AppWithSmallLimits();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));

        for (var request = 0; request < Permits; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 60);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
        Assert.Contains("Er kwamen te veel verzoeken van uw adres.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_per_client_address()
    {
        await using var app = AppWithSmallLimits();
        using var busy = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));
        using var other = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.6"));

        for (var request = 0; request <= Permits; request++)
        {
            await busy.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await busy.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Does_not_limit_reading_pages()
    {
        await using var app = AppWithSmallLimits();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));

        foreach (var url in new[] { "/", "/gemeenten", "/samenwerkingsverbanden", "/gemeenten/GM0344", "/taken" })
        {
            for (var request = 0; request < Permits * 3; request++)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
            }
        }
    }

    [Fact]
    public async Task Limits_the_posts_of_the_sign_in_form_but_not_its_page()
    {
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);
        await using var app = AppWithSmallLimits();
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));

        for (var request = 0; request < Permits; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"gast{request}@gemeente.example", "verkeerd-wachtwoord-123")).StatusCode);
        }

        var refused = await client.SignInAsync("beheerder@gemeente.example", WebClients.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/inloggen", UriKind.Relative))).StatusCode);
        using var colleague = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.6"));
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.SignInAsync("beheerder@gemeente.example", WebClients.Password)).StatusCode);
    }

    [Fact]
    public async Task One_switch_turns_every_limit_off()
    {
        await using var app = Database.StartApp(new Dictionary<string, string?>(SmallLimits) { ["RateLimits:Enabled"] = "false" });
        using var client = WebClients.NewClient(app.ClientOptions.BaseAddress, IPAddress.Parse("127.0.0.5"));

        for (var request = 0; request < Permits * 3; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/municipalities", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/zoeken?q=Zeist", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/export/gemeenten.csv", UriKind.Relative))).StatusCode);
        }
    }

    /// <summary>
    /// A town hall behind one address: a few hundred API calls, a hundred searches and fifty downloads in a minute, on the
    /// limits as shipped, are all answered.
    /// </summary>
    [Fact]
    public async Task The_shipped_limits_leave_a_busy_town_hall_alone()
    {
        using var townHall = WebClients.NewClient(Database.BaseAddress, IPAddress.Parse("127.0.0.7"));
        var refused = 0;

        for (var request = 0; request < 300; request++)
        {
            refused += await StatusAsync(townHall, $"/api/v1/municipalities?page={(request % 15) + 1}");
        }

        for (var request = 0; request < 100; request++)
        {
            refused += await StatusAsync(townHall, $"/zoeken?q=gemeente{request}");
        }

        for (var request = 0; request < 50; request++)
        {
            refused += await StatusAsync(townHall, request % 2 == 0 ? "/export/gemeenten.csv" : "/export/samenwerkingsverbanden.xlsx");
        }

        Assert.Equal(0, refused);
    }

    private static readonly Dictionary<string, string?> SmallLimits = new()
    {
        ["RateLimits:SignIn:PermitLimit"] = $"{Permits}",
        ["RateLimits:Api:PermitLimit"] = $"{Permits}",
        ["RateLimits:Search:PermitLimit"] = $"{Permits}",
        ["RateLimits:Downloads:PermitLimit"] = $"{Permits}",
    };

    private RegisterAppFactory AppWithSmallLimits() => Database.StartApp(SmallLimits);

    private static async Task<int> StatusAsync(HttpClient client, string url) =>
        (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
}
