using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Finances;

namespace Samenwerking.IntegrationTests.Features.Finances;

/// <summary>A GR's controller fills in every participant's contribution and the balance in one workbook.</summary>
public sealed class ArrangementWorkbookTests(RegisterDatabase database) : RegisterTest(database)
{
    private static readonly int ThisYear = Today.Year;
    private static readonly YearRange Years = new(ThisYear - 1, ThisYear);

    private int id;

    /// <summary>Zeist, Bunnik and De Bilt share the costs 50/30/20; De Bilt joined this year.</summary>
    private async Task ArrangeAsync()
    {
        id = (await Database.AddArrangementAsync("Werkbedrijf Testregio", ["GM0355", "GM0312"])).Id;
        await using var db = Database.CreateContext();
        var arrangement = await db.Arrangements.Include(a => a.Memberships).ThenInclude(m => m.Municipality).SingleAsync(a => a.Id == id);
        arrangement.Memberships.Single(m => m.Municipality!.Code == "GM0355").CostSharePercentage = 50;
        arrangement.Memberships.Single(m => m.Municipality!.Code == "GM0312").CostSharePercentage = 30;
        arrangement.Memberships.Add(new Membership
        {
            Municipality = await db.Municipalities.SingleAsync(m => m.Code == "GM0310"), CostSharePercentage = 20, JoinDate = new DateOnly(ThisYear, 1, 1),
        });
        await db.SaveChangesAsync();
    }

    private async Task<Spreadsheet> DownloadAsync()
    {
        var workbook = await Database.GetService<FinanceSheets>().WorkbookAsync(SubjectKind.Samenwerkingsverband, id.ToString(), Years, CancellationToken.None);
        using var stream = new MemoryStream();
        await FinanceWorkbookWriter.WriteAsync(workbook!, stream, CancellationToken.None);
        return new Spreadsheet(stream.ToArray());
    }

    private static async Task<Spreadsheet> SpreadsheetOfAsync(FinanceWorkbook workbook)
    {
        using var stream = new MemoryStream();
        await FinanceWorkbookWriter.WriteAsync(workbook, stream, CancellationToken.None);
        return new Spreadsheet(stream.ToArray());
    }

    private async Task<FinanceUploadReport> UploadAsync(Spreadsheet sheet, ClaimsPrincipal? editor = null)
    {
        editor ??= await Database.EditorAsync();
        var subject = await Database.GetService<FinanceSheets>().SubjectAsync(SubjectKind.Samenwerkingsverband, id.ToString(), CancellationToken.None);
        return await Database.GetService<FinanceUpload>().UploadAsync(new MemoryStream(sheet.Bytes), subject!, editor, CancellationToken.None);
    }

    [Fact]
    public async Task Lists_every_participant_of_each_year_with_the_cost_share_beside_the_contribution()
    {
        await ArrangeAsync();

        var sheet = await DownloadAsync();

        var rows = sheet.Rows("Bijdragen");
        Assert.Equal(["Code", "Deelnemer", "Verdeelsleutel (%)", "Jaar", "Begroot", "Gerealiseerd"], rows[0].Values.Cast<string>());
        Assert.Equal(
        [
            ("GM0312", "Bunnik", 30d, ThisYear - 1), ("GM0355", "Zeist", 50d, ThisYear - 1),
            ("GM0312", "Bunnik", 30d, ThisYear), ("GM0310", "De Bilt", 20d, ThisYear), ("GM0355", "Zeist", 50d, ThisYear),
        ], rows.Skip(1).Select(r => ((string)r["A"]!, (string)r["B"]!, (double)r["C"]!, (int)(double)r["D"]!)));
        Assert.Equal([ThisYear - 1d, ThisYear], sheet.Rows("Balans").Skip(1).Select(r => (double)r["A"]!));
    }

    [Fact]
    public async Task Saves_every_participants_contribution_and_the_balance_and_notes_a_split_that_differs_from_the_key()
    {
        await ArrangeAsync();
        var sheet = await DownloadAsync();
        foreach (var (code, amount) in new[] { ("GM0355", 500_000), ("GM0312", 300_000), ("GM0310", 250_000) })
        {
            sheet.Set("Bijdragen", $"E{sheet.RowOf("Bijdragen", ("A", code), ("D", ThisYear))}", amount);
        }

        sheet.Set("Balans", $"C{sheet.RowOf("Balans", ("A", ThisYear))}", -40_000).Set("Balans", $"F{sheet.RowOf("Balans", ("A", ThisYear))}", -90_000);

        var report = await UploadAsync(sheet);

        Assert.Equal(UploadOutcome.Saved, report.Outcome);
        Assert.Equal(5, report.Changes.Count);
        Assert.Contains($"De Bilt {ThisYear}: de begrote bijdrage is 23,8 % van het totaal (€ 1.050.000), de verdeelsleutel is 20 %.", report.Notes);
        await using var db = Database.CreateContext();
        var budgeted = await db.Contributions.Where(c => c.Year == ThisYear && db.Memberships.Any(m => m.Id == c.MembershipId && m.ArrangementId == id))
            .SumAsync(c => c.Budgeted);
        Assert.Equal(1_050_000m, budgeted);
        var balance = await db.FinancialYears.SingleAsync(f => f.ArrangementId == id && f.Year == ThisYear);
        Assert.Equal((-40_000m, -90_000m), (balance.EquityEnd!.Value, balance.Result!.Value));
    }

    [Fact]
    public async Task A_workbook_of_another_arrangement_or_of_a_municipality_is_refused()
    {
        await ArrangeAsync();
        var other = (await Database.AddArrangementAsync("Recreatieschap Testregio", ["GM0355"])).Id;
        var sheets = Database.GetService<FinanceSheets>();
        var otherWorkbook = await sheets.WorkbookAsync(SubjectKind.Samenwerkingsverband, other.ToString(), Years, CancellationToken.None);
        var zeistWorkbook = await sheets.WorkbookAsync(SubjectKind.Gemeente, "GM0355", Years, CancellationToken.None);

        var wrongArrangement = await UploadAsync(await SpreadsheetOfAsync(otherWorkbook!));
        var municipality = await UploadAsync(await SpreadsheetOfAsync(zeistWorkbook!));

        Assert.Equal($"Dit werkblad is van Recreatieschap Testregio (nr. {other}), niet van Werkbedrijf Testregio (nr. {id}). " +
            "Upload het op de pagina van Recreatieschap Testregio, of download hier het werkblad van Werkbedrijf Testregio.",
            Assert.Single(wrongArrangement.Problems).Message);
        Assert.StartsWith("Dit werkblad is van Zeist (GM0355), niet van Werkbedrijf Testregio", Assert.Single(municipality.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_big_workbook_in_a_few_queries()
    {
        await ArrangeAsync();
        var sheet = await DownloadAsync();
        var rows = sheet.Rows("Bijdragen").Count;
        for (var row = 2; row <= rows; row++)
        {
            sheet.Set("Bijdragen", $"E{row}", 1_000 * row).Set("Bijdragen", $"F{row}", 900 * row);
        }

        var editor = await Database.EditorAsync();
        Database.App.Commands.Reset();
        var report = await UploadAsync(sheet, editor);

        Assert.Equal(UploadOutcome.Saved, report.Outcome);
        Assert.Equal(2 * (rows - 1), report.Changes.Count);
        // The subject, the role, the arrangements with their years, memberships and contributions, the save, the history and the version.
        Assert.InRange(Database.App.Commands.Count, 1, 10);
    }
}
