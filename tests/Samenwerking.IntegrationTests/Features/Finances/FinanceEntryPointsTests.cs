using System.Net;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Finances;

/// <summary>The workbooks through the app's doors: the download for editors, and the operator verbs for many at once.</summary>
public sealed class FinanceEntryPointsTests(RegisterDatabase database) : RegisterTest(database)
{
    private static readonly int ThisYear = Today.Year;

    [Fact]
    public async Task Only_editors_download_a_workbook_and_it_is_never_cached()
    {
        using var anonymous = Database.NewClient();
        using var reader = await Database.SignedInClientAsync("lezer@gemeente.example", role: null);
        using var editor = await Database.SignedInClientAsync("redacteur@gemeente.example", Roles.Redacteur);
        var address = new Uri($"/financien/gemeenten/GM0355.xlsx?van={ThisYear - 2}&tot={ThisYear}", UriKind.Relative);

        var refused = await anonymous.GetAsync(address);
        var forbidden = await reader.GetAsync(address);
        var download = await editor.GetAsync(address);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/inloggen?ReturnUrl=", refused.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/geen-toegang", forbidden.RedirectTarget(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"financien-gm0355-zeist-{ThisYear - 2}-{ThisYear}.xlsx", download.Content.Headers.ContentDisposition!.FileName);
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var rows = new Spreadsheet(await download.Content.ReadAsByteArrayAsync()).Rows("Verbonden partijen");
        Assert.Contains(rows, r => r["B"] as string == "Veiligheidsregio Utrecht" && (double)r["C"]! == ThisYear);
    }

    [Theory]
    [InlineData("/financien/gemeenten/GM9999.xlsx", HttpStatusCode.NotFound)]
    [InlineData("/financien/samenwerkingsverbanden/999999.xlsx", HttpStatusCode.NotFound)]
    [InlineData("/financien/gemeenten/GM0355.xlsx?van=2020&tot=2019", HttpStatusCode.BadRequest)]
    [InlineData("/financien/gemeenten/GM0355.xlsx?van=2000&tot=2030", HttpStatusCode.BadRequest)]
    public async Task An_unknown_subject_or_impossible_years_give_no_workbook(string address, HttpStatusCode status)
    {
        using var editor = await Database.SignedInClientAsync("redacteur@gemeente.example", Roles.Redacteur);

        var response = await editor.GetAsync(new Uri(address, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task The_page_is_for_editors_and_offers_the_download()
    {
        using var anonymous = Database.NewClient();
        using var editor = await Database.SignedInClientAsync("redacteur@gemeente.example", Roles.Redacteur);

        var refused = await anonymous.GetAsync(new Uri("/gemeenten/GM0355/financien", UriKind.Relative));
        var page = await editor.GetStringAsync(new Uri("/gemeenten/GM0355/financien", UriKind.Relative));
        var overview = await editor.GetStringAsync(new Uri("/gemeenten/GM0355/overzicht", UriKind.Relative));
        var unknown = await editor.GetAsync(new Uri("/gemeenten/GM9999/financien", UriKind.Relative));
        var arrangement = await Database.AddArrangementAsync("GGD Testregio", ["GM0355", "GM0312"]);
        var arrangementPage = await editor.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}/financien", UriKind.Relative));
        var arrangementDetail = await editor.GetStringAsync(new Uri($"/samenwerkingsverbanden/{arrangement.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("Financiën van Zeist in Excel", page, StringComparison.Ordinal);
        Assert.Contains($"/financien/gemeenten/GM0355.xlsx?van={ThisYear - 4}&amp;tot={ThisYear + 1}", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/gemeenten/GM0355/financien\"", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Financiën van GGD Testregio in Excel", arrangementPage, StringComparison.Ordinal);
        Assert.Contains($"/financien/samenwerkingsverbanden/{arrangement.Id}.xlsx?van=", arrangementPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/samenwerkingsverbanden/{arrangement.Id}/financien\"", arrangementDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_make_the_workbooks_of_a_province_and_load_them_back_in_one_run()
    {
        var folder = Directory.CreateTempSubdirectory("samenwerking-financien-");
        try
        {
            var export = await Database.RunAppAsync("", "export", "financien", "--provincie", "PV26", "--van", $"{ThisYear - 1}", "--tot", $"{ThisYear}",
                "--map", folder.FullName);
            var zeist = Path.Combine(folder.FullName, $"financien-gm0355-zeist-{ThisYear - 1}-{ThisYear}.xlsx");
            var bunnik = Path.Combine(folder.FullName, $"financien-gm0312-bunnik-{ThisYear - 1}-{ThisYear}.xlsx");
            Fill(zeist, 123_456);
            Fill(bunnik, 654_321);
            foreach (var other in folder.GetFiles().Where(f => f.FullName != zeist && f.FullName != bunnik))
            {
                other.Delete();
            }

            var import = await Database.RunAppAsync("", "import", "financien", folder.FullName, "--door", "provincie@utrecht.example");
            var again = await Database.RunAppAsync("", "import", "financien", zeist);

            Assert.Equal(0, export.ExitCode);
            Assert.Contains($"{zeist}: Zeist (GM0355), {ThisYear - 1} tot en met {ThisYear},", export.Output, StringComparison.Ordinal);
            Assert.Equal(0, import.ExitCode);
            Assert.Contains("Opgeslagen: 1 wijziging in de cijfers van Bunnik (GM0312).", import.Output, StringComparison.Ordinal);
            Assert.Contains($"Veiligheidsregio Utrecht {ThisYear}, bijdrage begroot: leeg → € 123.456", import.Output, StringComparison.Ordinal);
            Assert.Contains("2 bestanden: 2 ingelezen, 0 niet.", import.Output, StringComparison.Ordinal);
            Assert.Equal(0, again.ExitCode);
            Assert.Contains("Niets gewijzigd", again.Output, StringComparison.Ordinal);
            await using var db = Database.CreateContext();
            Assert.Equal(2, await db.ChangeRecords.CountAsync(c => c.UserName == "provincie@utrecht.example" && c.EntityType == "Contribution"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Import_financien_refuses_a_bad_workbook_and_says_why()
    {
        var file = Path.Combine(Path.GetTempPath(), $"samenwerking-geen-excel-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllTextAsync(file, "Nr.;Jaar;Bijdrage begroot\n");
        try
        {
            var (exitCode, output) = await Database.RunAppAsync("", "import", "financien", file);
            var usage = await Database.RunAppAsync("", "import", "financien");

            Assert.Equal(65, exitCode);
            Assert.Contains("Dit is geen Excel-werkmap (.xlsx).", output, StringComparison.Ordinal);
            Assert.Equal(64, usage.ExitCode);
            Assert.Contains("import financien <bestand-of-map>", usage.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Types this year's budgeted contribution to the Veiligheidsregio in a workbook on disk.</summary>
    private static void Fill(string path, int amount)
    {
        var sheet = new Spreadsheet(File.ReadAllBytes(path));
        sheet.Set("Verbonden partijen", $"D{sheet.RowOf("Verbonden partijen", ("B", "Veiligheidsregio Utrecht"), ("C", ThisYear))}", amount);
        File.WriteAllBytes(path, sheet.Bytes);
    }
}
