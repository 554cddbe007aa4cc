using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.IntegrationTests.Hosting;

/// <summary>
/// PostgreSQL stopped and started again under the running app (decision 0025). The test owns its server: stopping the
/// shared one would break every other test.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private readonly RegisterDatabase database = new() { Environment = "Production" };

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task While_PostgreSQL_is_down_pages_answer_503_in_Dutch_a_save_fails_clearly_and_both_recover_when_it_is_back()
    {
        var commands = database.GetService<ArrangementCommands>();
        var editor = await database.EditorAsync();
        var id = (await commands.SaveAsync(NewForm(), editor, CancellationToken.None)).Id!.Value;
        var form = (await commands.LoadAsync(id, CancellationToken.None))!;
        form.Name = "Omgevingsdienst Na De Storing";
        using var client = database.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).StatusCode);

        await database.Server.StopAsync();

        // Never asked for before, so not in the page cache.
        var page = await GetAsync(client, $"/samenwerkingsverbanden/{id}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Het register is even niet bereikbaar", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var api = await GetAsync(client, $"/api/v1/arrangements/{id}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("even niet bereikbaar", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(api.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(client, "/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).StatusCode);
        var during = await commands.SaveAsync(form, editor, CancellationToken.None);
        Assert.Equal(SaveProblem.Unavailable, during.Problem);
        Assert.Equal("Omgevingsdienst Na De Storing", form.Name);

        await database.Server.StartAgainAsync();

        await WaitUntilReadyAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, $"/samenwerkingsverbanden/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, $"/api/v1/arrangements/{id}")).StatusCode);
        var after = await commands.SaveAsync(form, editor, CancellationToken.None);
        Assert.True(after.Succeeded, after.Problem.ToString());
        await using var db = database.CreateContext();
        Assert.Equal("Omgevingsdienst Na De Storing", (await db.Arrangements.SingleAsync(a => a.Id == id)).Name);
        var renames = await db.ChangeRecords.Where(r => r.EntityType == nameof(Arrangement) && r.EntityId == id && r.Action == ChangeAction.Modified)
            .ToListAsync();
        Assert.Single(renames);
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_the_sign_in_form_says_so_in_dutch_keeps_the_email_and_signs_in_once_it_is_back()
    {
        await database.AddAsync("storing@gemeente.example", null);
        using var client = database.NewClient();
        var token = WebClients.Token(await client.GetStringAsync(new Uri("/inloggen", UriKind.Relative)));

        await database.Server.StopAsync();

        var during = await client.PostAsync(new Uri("/inloggen", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "inloggen", ["__RequestVerificationToken"] = token, ["Input.Email"] = "storing@gemeente.example",
            ["Input.Password"] = WebClients.Password,
        }));
        var html = await during.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(during.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Het register is even niet bereikbaar. Wat u hebt ingevuld, staat er nog.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"storing@gemeente.example\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Inloggen", html, StringComparison.Ordinal);

        await database.Server.StartAgainAsync();

        await WaitUntilReadyAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("storing@gemeente.example", WebClients.Password)).StatusCode);
    }

    private static ArrangementForm NewForm() => new()
    {
        Name = "Omgevingsdienst Storing",
        GoalLevel = GoalLevel.Tactisch,
        LegalForm = LegalForm.OpenbaarLichaam,
        StartDate = new DateTime(2020, 1, 1),
        Memberships = [new MembershipForm { MunicipalityCode = "GM0344", JoinDate = new DateTime(2020, 1, 1) }],
    };

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url) => client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>Readiness turns green again by itself: nobody restarts the app.</summary>
    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await GetAsync(client, "/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            await Task.Delay(200, patience.Token);
        }
    }
}
