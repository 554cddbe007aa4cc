using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Pages;

/// <summary>The pages as a browser first receives them: server-rendered HTML, status codes and the SQL behind them.</summary>
public sealed partial class PageTests(RegisterDatabase database) : RegisterTest(database)
{
    /// <summary>The limit per reading page, with the map's outlines cached (their check after a write is one more).</summary>
    private const int MaxRoundTripsPerPage = 4;

    [Theory]
    [InlineData("/", "Samenwerking")]
    [InlineData("/gemeenten", "Zwolle")]
    [InlineData("/gemeenten?q=zeist", "Zeist")]
    [InlineData("/gemeenten?provincie=PV29", "Vlissingen")]
    [InlineData("/gemeenten/GM0344", "Veiligheidsregio Utrecht")]
    [InlineData("/gemeenten/gm0344", "Veiligheidsregio Utrecht")]
    [InlineData("/samenwerkingsverbanden", "Veiligheidsregio Amsterdam-Amstelland")]
    [InlineData("/samenwerkingsverbanden?vorm=Stichting", "Stichting Regionaal Archief Zuid-Limburg")]
    [InlineData("/samenwerkingsverbanden?gemeente=GM0344&doel=strategisch", "Regio Utrecht Oost")]
    [InlineData("/samenwerkingsverbanden?sorteer=deelnemers&volgorde=af&pagina=2", "samenwerkingsverbanden gevonden")]
    [InlineData("/taken", "Inkoop jeugdhulp")]
    [InlineData("/gemeenten/GM0344/overzicht", "Paragraaf verbonden partijen")]
    [InlineData("/zoeken?q=Utrecht", "Gemeenten (")]
    public async Task Renders_the_page_on_the_server(string url, string expected)
    {
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Speaks_Dutch_in_MudBlazors_own_labels_too()
    {
        using var client = Database.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative));

        Assert.Contains("aria-label=\"Kruimelpad\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-label=\"Breadcrumbs\"", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Links_a_favicon_that_is_there()
    {
        using var client = Database.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        // Relative to <base href="/">.
        var icon = await client.GetAsync(new Uri("/" + FaviconLink().Match(html).Groups[1].Value.TrimStart('/'), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Treats_the_empty_fields_of_a_submitted_filter_form_as_no_filter()
    {
        using var client = Database.App.CreateClient();

        var unfiltered = await client.GetStringAsync(new Uri("/samenwerkingsverbanden", UriKind.Relative));
        var emptyFields = await client.GetStringAsync(new Uri(
            "/samenwerkingsverbanden?q=&vorm=&doel=&beleidsterrein=&provincie=&gemeente=&pagina=", UriKind.Relative));
        var municipalities = await client.GetStringAsync(new Uri("/gemeenten?q=&provincie=", UriKind.Relative));

        Assert.Equal(FoundCount().Match(unfiltered).Value, FoundCount().Match(emptyFields).Value);
        Assert.Contains("342 gemeenten", municipalities, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_filters_sorting_and_paging_as_forms_and_links()
    {
        using var client = Database.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/samenwerkingsverbanden?vorm=OpenbaarLichaam&sorteer=deelnemers&volgorde=af", UriKind.Relative));

        Assert.Contains("<form method=\"get\" action=\"/samenwerkingsverbanden\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"OpenbaarLichaam\" selected", html, StringComparison.Ordinal);
        // The filter form keeps the sort order, and the sort headers keep the filter.
        Assert.Contains("<input type=\"hidden\" name=\"sorteer\" value=\"deelnemers\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/samenwerkingsverbanden?vorm=OpenbaarLichaam&amp;sorteer=deelnemers\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/samenwerkingsverbanden?vorm=OpenbaarLichaam&amp;sorteer=deelnemers&amp;volgorde=af&amp;pagina=2\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/samenwerkingsverbanden?pagina=50")]
    [InlineData("/samenwerkingsverbanden?pagina=99999999")]
    public async Task Says_that_a_page_beyond_the_last_does_not_exist_and_links_to_the_last(string url)
    {
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("bestaat niet: deze lijst heeft", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen samenwerkingsverbanden gevonden", html, StringComparison.Ordinal);
        Assert.Matches("<a class=\"link underlined\" href=\"/samenwerkingsverbanden(\\?pagina=\\d+)?\">Naar de laatste pagina</a>", html);
    }

    [Fact]
    public async Task Answers_an_api_page_beyond_the_last_with_no_items()
    {
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri("/api/v1/arrangements?page=85899347", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"items\":[]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_arrangement_and_task_pages_by_id()
    {
        await using var db = Database.CreateContext();
        var arrangementId = await db.Arrangements.Where(a => a.Name == "Veiligheidsregio Zeeland").Select(a => a.Id).SingleAsync();
        var taskId = await db.MunicipalTasks.Where(t => t.Name == "Brandweerzorg").Select(t => t.Id).SingleAsync();
        using var client = Database.App.CreateClient();

        var arrangement = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangementId}", UriKind.Relative));
        var task = await client.GetStringAsync(new Uri($"/taken/{taskId}", UriKind.Relative));

        Assert.Contains("Vlissingen", arrangement, StringComparison.Ordinal);
        Assert.Contains("Wet veiligheidsregio", arrangement, StringComparison.Ordinal);
        Assert.Contains("Veiligheidsregio Zeeland", task, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gemeenten/GM9999")]
    [InlineData("/gemeenten/GM9999/overzicht")]
    [InlineData("/gemeenten/onzin")]
    [InlineData("/samenwerkingsverbanden/2147483647")]
    [InlineData("/samenwerkingsverbanden/geen-getal")]
    [InlineData("/samenwerkingsverbanden/2147483647?historie=tonen")]
    [InlineData("/taken/0")]
    [InlineData("/taken/2147483647?peildatum=2020-01-01")]
    [InlineData("/gemeenten/GM9999/congruentie")]
    [InlineData("/congruentie?regio=onzin")]
    [InlineData("/bestaat-niet")]
    public async Task Answers_an_unknown_address_with_a_not_found_page_and_status_404(string url)
    {
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Niet gevonden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/gemeenten")]
    [InlineData("/gemeenten/GM0344")]
    [InlineData("/samenwerkingsverbanden")]
    [InlineData("/samenwerkingsverbanden?provincie=PV26&beleidsterrein=1&sorteer=deelnemers")]
    [InlineData("/samenwerkingsverbanden/{arrangement}")]
    [InlineData("/samenwerkingsverbanden/{arrangement}?historie=tonen")]
    [InlineData("/taken")]
    [InlineData("/taken/{task}")]
    [InlineData("/gemeenten/GM0344/overzicht")]
    [InlineData("/gemeenten/GM0344/overzicht?peildatum=2020-01-01")]
    [InlineData("/gemeenten/GM0344/overzicht?paragraaf=jaarstukken&jaar=2025")]
    [InlineData("/zoeken?q=jeugdhulp")]
    [InlineData("/gemeenten/GM0344/congruentie")]
    [InlineData("/gemeenten/GM0344/samenwerkingsverbanden/{region}")]
    [InlineData("/gemeenten/GM0344/samenwerkingsverbanden/{arrangement}")]
    [InlineData("/congruentie?regio={region}")]
    [InlineData("/congruentie?regio=PV26")]
    [InlineData("/vergelijken?gemeente=GM0344&gemeente=GM0355&gemeente=GM0312")]
    [InlineData("/kaart/gemeenten/GM0344.svg")]
    [InlineData("/kaart/taken/{task}.svg")]
    public async Task Fetches_a_pages_data_in_at_most_four_round_trips(string url)
    {
        await using var db = Database.CreateContext();
        var arrangementId = await db.Arrangements.Where(a => a.Name == "Voorbeeld: Regio Utrecht Oost").Select(a => a.Id).SingleAsync();
        var taskId = await db.MunicipalTasks.Where(t => t.Name == "Brandweerzorg").Select(t => t.Id).SingleAsync();
        var regionId = await db.Arrangements.Where(a => a.Name == "Veiligheidsregio Utrecht").Select(a => a.Id).SingleAsync();
        await Database.ImportBoundariesAsync();
        using var client = Database.App.CreateClient();
        var address = new Uri(url.Replace("{arrangement}", $"{arrangementId}", StringComparison.Ordinal)
            .Replace("{task}", $"{taskId}", StringComparison.Ordinal).Replace("{region}", $"{regionId}", StringComparison.Ordinal), UriKind.Relative);
        await client.GetAsync(address); // warms the map's outlines, which are read once per process

        // An address the cache has not seen (a query value the page ignores), so the page renders again.
        Database.App.Commands.Reset();
        var response = await client.GetAsync(new Uri($"{address}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}ongecacht=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(Database.App.Commands.Count, 1, MaxRoundTripsPerPage);
    }

    [Fact]
    public async Task Shows_the_change_history_when_the_address_asks_for_it()
    {
        var arrangement = await Database.AddArrangementAsync("Regeling met historie", ["GM0344"]);
        using var client = Database.App.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}", UriKind.Relative));
        var history = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}?historie=tonen", UriKind.Relative));

        Assert.Contains($"href=\"/samenwerkingsverbanden/{arrangement.Id}?historie=tonen#historie\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Er zijn nog geen wijzigingen vastgelegd.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijzigingen tonen", history, StringComparison.Ordinal);
        Assert.Contains("Er zijn nog geen wijzigingen vastgelegd.", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_a_script_tag_in_a_name_as_text()
    {
        var arrangement = await Database.AddArrangementAsync("<script>alert('x')</script> Regeling", ["GM0344"]);
        using var client = Database.App.CreateClient();

        var detail = await client.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}", UriKind.Relative));
        var municipality = await client.GetStringAsync(new Uri("/gemeenten/GM0344", UriKind.Relative));

        Assert.DoesNotContain("<script>alert", detail, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", municipality, StringComparison.Ordinal);
    }

    [GeneratedRegex("<link rel=\"icon\"[^>]* href=\"([^\"]+)\"")]
    private static partial Regex FaviconLink();

    [GeneratedRegex("[0-9]+ samenwerkingsverband(en)? gevonden")]
    private static partial Regex FoundCount();
}
