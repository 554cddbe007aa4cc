using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Caching;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Caching;

/// <summary>
/// Anonymous readers are served from the output cache, and no write — a save here, an import in another process, a
/// write by another instance — is ever hidden by it.
/// </summary>
public sealed class ReaderCachingTests(RegisterDatabase database) : RegisterTest(database)
{
    public static TheoryData<string> ReadingAddresses =>
    [
        "/", "/gemeenten", "/gemeenten/GM0344", "/gemeenten/GM0344/overzicht", "/samenwerkingsverbanden?provincie=PV26",
        "/taken", "/zoeken?q=Utrecht", "/congruentie", "/api/v1/municipalities/GM0344/arrangements",
    ];

    [Theory]
    [MemberData(nameof(ReadingAddresses))]
    public async Task Serves_an_anonymous_reader_the_second_time_from_the_cache_without_SQL(string address)
    {
        using var client = Database.NewClient();
        using var first = await GetOnceCachedAsync(client, address);
        Database.App.Commands.Reset();

        using var second = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, Database.App.Commands.Count);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Shows_a_save_on_the_very_next_read()
    {
        using var client = Database.NewClient();
        var id = await IdOfAsync("Veiligheidsregio Utrecht");
        Assert.Contains("Veiligheidsregio Utrecht", await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));
        Assert.DoesNotContain("Veiligheidsregio Utrecht (VRU)", await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{id}", UriKind.Relative)));

        var commands = Database.GetService<ArrangementCommands>();
        var form = (await commands.LoadAsync(id, CancellationToken.None))!;
        form.Name = "Veiligheidsregio Utrecht (VRU)";
        Assert.True((await commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Succeeded);

        Assert.Contains("Veiligheidsregio Utrecht (VRU)", await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));
        Assert.Contains("Veiligheidsregio Utrecht (VRU)", await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{id}", UriKind.Relative)));
        Assert.Contains("Veiligheidsregio Utrecht (VRU)", await client.GetStringAsync(new Uri("/api/v1/municipalities/GM0344/arrangements", UriKind.Relative)));
    }

    [Fact]
    public async Task Shows_an_import_by_another_process_on_the_very_next_read()
    {
        using var client = Database.NewClient();
        var before = await client.GetStringAsync(new Uri("/samenwerkingsverbanden?q=Delft-Rijswijk", UriKind.Relative));
        Assert.Contains("0 samenwerkingsverbanden gevonden", before, StringComparison.Ordinal);

        var (exitCode, output) = await Database.RunAppAsync("", "import", "roo", SharedData.PathOf("roo/sample-exportOO.xml"));
        Assert.True(exitCode == 0, output);

        var after = await client.GetStringAsync(new Uri("/samenwerkingsverbanden?q=Delft-Rijswijk", UriKind.Relative));
        Assert.DoesNotContain("0 samenwerkingsverbanden gevonden", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_instance_shows_a_save_of_the_first_once_the_database_announces_it()
    {
        await using var second = Database.StartApp();
        await RegisterDatabase.WaitUntilListeningAsync(second);
        using var reader = new HttpClient { BaseAddress = second.ClientOptions.BaseAddress };
        await WaitForVersionAsync(second, Database.App.Services.GetRequiredService<RegisterVersion>().Current);
        Assert.DoesNotContain("Veiligheidsregio Utrecht (VRU)", await reader.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));

        // The first instance saves: nothing in the second sees the commit but the database's announcement.
        var commands = Database.GetService<ArrangementCommands>();
        var form = (await commands.LoadAsync(await IdOfAsync("Veiligheidsregio Utrecht"), CancellationToken.None))!;
        form.Name = "Veiligheidsregio Utrecht (VRU)";
        Assert.True((await commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Succeeded);
        await WaitForVersionAsync(second, Database.App.Services.GetRequiredService<RegisterVersion>().Current);

        Assert.Contains("Veiligheidsregio Utrecht (VRU)", await reader.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));
    }

    [Fact]
    public async Task Raises_the_version_once_per_transaction_however_many_statements_it_has()
    {
        var before = await VersionAsync();
        await using (var db = Database.CreateContext())
        {
            await db.RetryingAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.Arrangements.Where(a => a.Name.StartsWith("Veiligheidsregio")).ExecuteUpdateAsync(a => a.SetProperty(x => x.ShortName, "VR"));
                await db.Municipalities.Where(m => m.Code == "GM0344").ExecuteUpdateAsync(m => m.SetProperty(x => x.Name, "Zeist"));
                await transaction.CommitAsync();
            });
        }

        Assert.Equal(before + 1, await VersionAsync());
    }

    [Fact]
    public async Task Every_register_table_announces_its_changes()
    {
        await using var db = Database.CreateContext();
        var silent = await db.Database.SqlQueryRaw<string>("""
            SELECT t.tablename AS "Value" FROM pg_tables t
            WHERE t.schemaname = 'public'
              AND t.tablename NOT IN ('__EFMigrationsHistory', 'register_version', 'data_protection_keys',
                                      'users', 'roles', 'user_roles', 'user_claims', 'user_logins', 'user_tokens', 'role_claims')
              AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                              WHERE c.relname = t.tablename AND g.tgname = 'announce_register_change')
            """).ToListAsync();

        Assert.Empty(silent);
    }

    [Fact]
    public async Task Revalidates_with_the_ETag_and_answers_304()
    {
        using var client = Database.NewClient();
        using var first = await GetOnceCachedAsync(client, "/gemeenten/GM0344/overzicht");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/gemeenten/GM0344/overzicht", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Never_serves_a_signed_in_editor_a_page_cached_for_someone_else_nor_caches_theirs()
    {
        using var anonymous = Database.NewClient();
        Assert.DoesNotContain("Uitloggen", await anonymous.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative)));
        using var editor = await Database.SignedInClientAsync("redacteur@gemeente.example", Roles.Redacteur);

        using var signedIn = await editor.GetAsync(new Uri("/gemeenten/GM0344", UriKind.Relative));
        var anonymousAgain = await anonymous.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative));

        Assert.Contains("Uitloggen", await signedIn.Content.ReadAsStringAsync());
        Assert.True(signedIn.Headers.CacheControl is { Private: true, NoStore: true });
        Assert.Null(signedIn.Headers.ETag);
        Assert.DoesNotContain("Uitloggen", anonymousAgain);
    }

    [Fact]
    public async Task Never_caches_a_form_with_an_antiforgery_token()
    {
        using var one = Database.NewClient();
        using var other = Database.NewClient();

        var first = WebClients.Token(await one.GetStringAsync(new Uri("/inloggen", UriKind.Relative)));
        var second = WebClients.Token(await other.GetStringAsync(new Uri("/inloggen", UriKind.Relative)));

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("/gemeenten/GM9999")]
    [InlineData("/samenwerkingsverbanden/2147483647")]
    [InlineData("/api/v1/municipalities/GM9999")]
    public async Task Never_caches_a_page_that_does_not_exist(string address)
    {
        using var client = Database.NewClient();
        using var first = await client.GetAsync(new Uri(address, UriKind.Relative));
        using var second = await client.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Theory]
    [InlineData("/gemeenten/GM0344/overzicht", "br", "text/html")]
    [InlineData("/gemeenten/GM0344", "gzip", "text/html")]
    [InlineData("/api/v1/arrangements", "br", "application/json")]
    public async Task Compresses_HTML_and_JSON(string address, string encoding, string mediaType)
    {
        using var client = Database.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/gemeenten/GM0344")]
    [InlineData("/gemeenten/GM0344/overzicht")]
    [InlineData("/api/v1/municipalities")]
    public async Task Answers_HEAD_with_200_and_no_body(string address)
    {
        using var client = Database.NewClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(address, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Describes_each_API_operation_once_in_the_OpenAPI_document_not_its_HEAD()
    {
        using var client = Database.NewClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"get\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"head\"", document, StringComparison.Ordinal);
    }

    /// <summary>
    /// The cache stores a response as its last byte leaves, which may be just after the client has it: asks until the
    /// answer comes from the cache.
    /// </summary>
    private static async Task<HttpResponseMessage> GetOnceCachedAsync(HttpClient client, string address)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var response = await client.GetAsync(new Uri(address, UriKind.Relative), patience.Token);
            if (response.Headers.Age is not null)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(10, patience.Token);
        }
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.Arrangements.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    /// <summary>The announcement's delivery: until the instance has read the version (at most a few seconds).</summary>
    private static async Task WaitForVersionAsync(RegisterAppFactory instance, long version)
    {
        var seen = instance.Services.GetRequiredService<RegisterVersion>();
        using var waited = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (seen.Current < version)
        {
            await Task.Delay(10, waited.Token);
        }
    }

    private async Task<long> VersionAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("SELECT version AS \"Value\" FROM register_version").SingleAsync();
    }
}
