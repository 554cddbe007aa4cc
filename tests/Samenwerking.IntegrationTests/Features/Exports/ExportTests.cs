using System.Net;
using System.Text;
using MiniExcelLibs;
using Samenwerking.Testing;

namespace Samenwerking.IntegrationTests.Features.Exports;

/// <summary>Every list downloads as CSV and as Excel, with Dutch headers and the page's filters.</summary>
public sealed class ExportTests(RegisterDatabase database) : RegisterTest(database)
{
    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var client = Database.App.CreateClient();
        return await client.GetAsync(new Uri(url, UriKind.Relative));
    }

    [Fact]
    public async Task Downloads_the_filtered_municipalities_as_CSV_for_Dutch_Excel()
    {
        var response = await GetAsync("/export/gemeenten.csv?provincie=PV29");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\n')).ToList();
        Assert.Equal("CBS-code;Gemeente;Provincie;Samenwerkingsverbanden", lines[0]);
        Assert.Equal(14, lines.Count);
        Assert.Contains("GM0718;Vlissingen;Zeeland;2", lines);
        Assert.StartsWith("attachment; filename=gemeenten-", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_the_filtered_arrangements_as_Excel_with_Dutch_headers()
    {
        var response = await GetAsync("/export/samenwerkingsverbanden.xlsx?vorm=Stichting");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("Voorbeeld: Stichting Regionaal Archief Zuid-Limburg", row["Naam"]);
        Assert.Equal("Stichtingen en verenigingen", row["Groep verbonden partijen"]);
        Assert.Equal(3d, Convert.ToDouble(row["Deelnemers"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Downloads_all_arrangements_not_only_the_page_on_screen()
    {
        var response = await GetAsync("/export/samenwerkingsverbanden.csv?pagina=2");

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 38, lines.Length);
    }

    [Fact]
    public async Task Downloads_the_task_catalog()
    {
        var response = await GetAsync("/export/taken.xlsx");

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Taak"] == "Brandweerzorg" && Convert.ToInt32(r["Gemeenten die haar beleggen"], System.Globalization.CultureInfo.InvariantCulture) == 342);
    }

    [Fact]
    public async Task Neutralises_a_formula_in_a_name()
    {
        await Database.AddArrangementAsync("=HYPERLINK(\"https://example.org\";\"klik\")", ["GM0344"]);

        var csv = await (await GetAsync("/export/samenwerkingsverbanden.csv?q=HYPERLINK")).Content.ReadAsStringAsync();

        Assert.Contains("\"'=HYPERLINK(", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offers_the_downloads_on_the_list_pages_with_the_filters_of_the_page()
    {
        using var client = Database.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/samenwerkingsverbanden?vorm=Stichting", UriKind.Relative));

        Assert.Contains("href=\"/export/samenwerkingsverbanden.xlsx?vorm=Stichting\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/export/samenwerkingsverbanden.csv?vorm=Stichting\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_a_municipalitys_arrangements_and_a_tasks_placements()
    {
        await using var db = Database.CreateContext();
        var taskId = db.MunicipalTasks.Single(t => t.Name == "Brandweerzorg").Id;

        var municipality = await (await GetAsync("/export/gemeenten/GM0344.csv?peildatum=2026-01-01")).Content.ReadAsStringAsync();
        var task = await (await GetAsync($"/export/taken/{taskId}.xlsx")).Content.ReadAsByteArrayAsync();

        Assert.Contains("Tactisch;Veiligheidsregio Utrecht;Gemeenschappelijke regeling: openbaar lichaam;25;Brandweerzorg, Crisisbeheersing en rampenbestrijding", municipality, StringComparison.Ordinal);
        await using var stream = new MemoryStream(task);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(342, rows.Count);
        Assert.Equal("Veiligheidsregio Utrecht", rows.Single(r => (string)r["CBS-code"] == "GM0344")["Belegd in"]);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/export/gemeenten/GM9999.csv")).StatusCode);
    }

    [Fact]
    public async Task Knows_no_other_format() => Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/export/taken.pdf")).StatusCode);
}
