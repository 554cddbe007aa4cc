using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Finances;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Finances;

/// <summary>
/// The round trip of a municipality's finance workbook on the real database: download, fill in as a controller does in
/// Excel, upload; what is saved, what is refused and why, and what two people doing it at once get.
/// </summary>
public sealed class FinanceUploadTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Sheet = "Verbonden partijen";
    private static readonly int ThisYear = Today.Year;
    private static readonly int LastYear = ThisYear - 1;
    private static readonly YearRange Years = new(ThisYear - 2, ThisYear);

    private int ggd;
    private int bv;

    /// <summary>Zeist's parties: a GGD with figures for last year and a BV without; an agreement is no party and has no rows.</summary>
    private async Task ArrangeZeistAsync()
    {
        ggd = (await Database.AddArrangementAsync("GGD Testregio", ["GM0355", "GM0312"])).Id;
        bv = (await Database.AddArrangementAsync("Afvalbedrijf Test BV", ["GM0355", "GM0312"], LegalForm.BeslotenVennootschap)).Id;
        await Database.AddArrangementAsync("Convenant Testgroen", ["GM0355", "GM0312"], LegalForm.Bestuursovereenkomst);
        await using var db = Database.CreateContext();
        var zeist = await db.Memberships.SingleAsync(m => m.ArrangementId == ggd && m.Municipality!.Code == "GM0355");
        zeist.Contributions.Add(new Contribution { Year = LastYear, Budgeted = 100_000, Realised = 98_000 });
        db.FinancialYears.Add(new FinancialYear { ArrangementId = ggd, Year = LastYear, EquityStart = 1_000_000, EquityEnd = 1_100_000, DebtStart = 500_000 });
        await db.SaveChangesAsync();
    }

    private async Task<FinanceSubject> SubjectAsync(string code = "GM0355") =>
        (await Database.GetService<FinanceSheets>().SubjectAsync(SubjectKind.Gemeente, code, CancellationToken.None))!;

    private async Task<Spreadsheet> DownloadAsync(string code = "GM0355")
    {
        var workbook = await Database.GetService<FinanceSheets>().WorkbookAsync(SubjectKind.Gemeente, code, Years, CancellationToken.None);
        using var stream = new MemoryStream();
        await FinanceWorkbookWriter.WriteAsync(workbook!, stream, CancellationToken.None);
        return new Spreadsheet(stream.ToArray());
    }

    private async Task<FinanceUploadReport> UploadAsync(byte[] bytes, string user = "controller@zeist.example") =>
        await Database.GetService<FinanceUpload>().UploadAsync(new MemoryStream(bytes), await SubjectAsync(), await Database.EditorAsync(user), CancellationToken.None);

    private static int Row(Spreadsheet sheet, int arrangement, int year) => sheet.RowOf(Sheet, ("A", arrangement), ("C", year));

    private async Task<(decimal? Budgeted, decimal? Realised)> ZeistContributionAsync(int arrangement, int year)
    {
        await using var db = Database.CreateContext();
        var contribution = await db.Contributions.SingleOrDefaultAsync(c => c.Year == year
            && db.Memberships.Any(m => m.Id == c.MembershipId && m.ArrangementId == arrangement && m.Municipality!.Code == "GM0355"));
        return (contribution?.Budgeted, contribution?.Realised);
    }

    private async Task<long> LastChangeAsync()
    {
        await using var db = Database.CreateContext();
        return await db.ChangeRecords.MaxAsync(c => (long?)c.Id) ?? 0;
    }

    [Fact]
    public async Task The_sheet_holds_the_verbonden_partijen_per_year_prefilled_with_the_register()
    {
        await ArrangeZeistAsync();

        var sheet = await DownloadAsync();

        var rows = sheet.Rows(Sheet);
        Assert.Equal(["Nr.", "Verbonden partij", "Jaar", "Bijdrage begroot", "Bijdrage gerealiseerd", "Eigen vermogen 1 januari",
            "Eigen vermogen 31 december", "Vreemd vermogen 1 januari", "Vreemd vermogen 31 december", "Resultaat"], rows[0].Values.Cast<string>());
        var parties = rows.Skip(1).Select(r => (string)r["B"]!).Distinct().ToList();
        Assert.Contains("GGD Testregio", parties);
        Assert.Contains("Afvalbedrijf Test BV", parties);
        Assert.Contains("Veiligheidsregio Utrecht", parties);
        Assert.DoesNotContain("Convenant Testgroen", parties);
        Assert.Equal(3, rows.Count(r => r["B"] as string == "GGD Testregio"));
        var lastYear = rows[Row(sheet, ggd, LastYear) - 1];
        Assert.Equal(100_000d, lastYear["D"]);
        Assert.Equal(98_000d, lastYear["E"]);
        Assert.Equal(1_100_000d, lastYear["G"]);
        Assert.Null(lastYear["I"]);
        Assert.Contains(MiniExcel.GetSheetInformations(new MemoryStream(sheet.Bytes)), s => s.Name == "Register" && s.State == MiniExcelLibs.OpenXml.SheetState.Hidden);
    }

    [Fact]
    public async Task A_good_sheet_saves_the_changed_figures_reports_old_and_new_and_records_the_uploader()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var before = await LastChangeAsync();

        sheet.Set(Sheet, $"D{Row(sheet, ggd, LastYear)}", 120_000)
            .Set(Sheet, $"E{Row(sheet, bv, ThisYear)}", "45.000,50")
            .Set(Sheet, $"J{Row(sheet, bv, ThisYear)}", -12_500);
        var report = await UploadAsync(sheet.Bytes);

        Assert.Equal(UploadOutcome.Saved, report.Outcome);
        Assert.Equal(
        [
            $"Afvalbedrijf Test BV {ThisYear}, bijdrage gerealiseerd: leeg → € 45.000,50",
            $"Afvalbedrijf Test BV {ThisYear}, resultaat: leeg → € -12.500",
            $"GGD Testregio {LastYear}, bijdrage begroot: € 100.000 → € 120.000",
        ], report.Changes.Select(c => c.ToString()));
        Assert.Contains("Opgeslagen: 3 wijzigingen in de cijfers van Zeist (GM0355).", report.Lines());
        Assert.Equal((120_000m, 98_000m), await ZeistContributionAsync(ggd, LastYear));
        Assert.Equal((null, 45_000.50m), await ZeistContributionAsync(bv, ThisYear));
        await using var db = Database.CreateContext();
        var records = await db.ChangeRecords.Where(c => c.Id > before).ToListAsync();
        Assert.All(records, r => Assert.Equal("controller@zeist.example", r.UserName));
        Assert.Contains(records, r => r.ArrangementId == ggd && r.EntityType == nameof(Contribution)
            && r.Changes.Contains(new Web.Domain.FieldChange("Budgeted", "100000.00", "120000.00")));
        Assert.Contains(records, r => r.ArrangementId == bv && r.EntityType == nameof(FinancialYear) && r.Action == ChangeAction.Added);
        Assert.Equal("controller@zeist.example", (await db.Arrangements.SingleAsync(a => a.Id == ggd)).UpdatedBy);
    }

    [Fact]
    public async Task The_same_sheet_uploaded_unchanged_changes_nothing()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var before = await LastChangeAsync();

        var report = await UploadAsync(sheet.Bytes);

        Assert.Equal(UploadOutcome.Unchanged, report.Outcome);
        Assert.Equal(before, await LastChangeAsync());
    }

    [Fact]
    public async Task One_bad_cell_saves_nothing_and_the_report_names_its_sheet_row_and_column()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var bad = Row(sheet, bv, LastYear);
        sheet.Set(Sheet, $"D{Row(sheet, ggd, LastYear)}", 120_000).Set(Sheet, $"E{bad}", "ongeveer een ton");

        var report = await UploadAsync(sheet.Bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(new CellPlace(Sheet, bad, "Bijdrage gerealiseerd", $"E{bad}"), problem.Place);
        Assert.Equal($"Blad 'Verbonden partijen', rij {bad}, kolom 'Bijdrage gerealiseerd' (E{bad}): 'ongeveer een ton' is geen bedrag: " +
            "vul een getal in euro's in, zonder tekst, of laat het vak leeg.", problem.ToString());
        Assert.StartsWith("Niet ingelezen: er is niets opgeslagen.", report.Summary, StringComparison.Ordinal);
        Assert.Equal((100_000m, 98_000m), await ZeistContributionAsync(ggd, LastYear));
    }

    [Theory]
    [InlineData("D", -5, "Een bijdrage is niet negatief.")]
    [InlineData("H", -1, "Vreemd vermogen is niet negatief.")]
    [InlineData("F", 3e15, "is te groot voor een bedrag in euro's; controleer het aantal cijfers.")]
    [InlineData("G", "#DIV/0!", "bevat de foutwaarde #DIV/0!: vul een bedrag in of laat het vak leeg.")]
    [InlineData("D", "1234.50", "'1234.50' is geen bedrag: vul een getal in euro's in, zonder tekst, of laat het vak leeg.")]
    public async Task Refuses_an_amount_the_register_cannot_take(string column, object value, string message)
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var row = Row(sheet, ggd, ThisYear);

        var report = await UploadAsync(sheet.Set(Sheet, $"{column}{row}", value).Bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        Assert.Equal(new UploadProblem(new CellPlace(Sheet, row, SheetLayout.Parties.Columns[column[0] - 'A'].Header, $"{column}{row}"), message),
            Assert.Single(report.Problems));
    }

    [Fact]
    public async Task Negative_equity_is_allowed_and_the_paragraph_says_it_is_negative()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var report = await UploadAsync(sheet.Set(Sheet, $"G{Row(sheet, ggd, ThisYear)}", -250_000).Bytes);

        Assert.Equal(UploadOutcome.Saved, report.Outcome);
        var overview = await Database.GetService<OverviewQueries>().OverviewAsync("GM0355", Today, CancellationToken.None);
        var party = overview!.VerbondenPartijen.SelectMany(g => g).Single(p => p.Name == "GGD Testregio");
        Assert.Equal(-250_000m, party.Finances!.EquityEnd);
        Assert.EndsWith("€ -250.000 (negatief eigen vermogen aan het eind van het jaar)", BbvParagraph.Equity(party.Finances), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_for_another_municipality_is_refused()
    {
        await ArrangeZeistAsync();
        var bunnik = await DownloadAsync("GM0312");

        var report = await UploadAsync(bunnik.Set(Sheet, "D2", 1).Bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        Assert.Equal("Dit werkblad is van Bunnik (GM0312), niet van Zeist (GM0355). Upload het op de pagina van Bunnik, " +
            "of download hier het werkblad van Zeist.", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public async Task A_changed_layout_is_recognised_and_explained()
    {
        await ArrangeZeistAsync();
        var renamedColumn = (await DownloadAsync()).Set(Sheet, "D1", "Begroting").Set(Sheet, "K1", "Opmerking");
        var renamedSheet = (await DownloadAsync()).RenameSheet(Sheet, "Blad1");

        var column = await UploadAsync(renamedColumn.Bytes);
        var sheet = await UploadAsync(renamedSheet.Bytes);

        Assert.Equal(UploadOutcome.Invalid, column.Outcome);
        var problem = Assert.Single(column.Problems);
        Assert.Equal(new CellPlace(Sheet, 1), problem.Place);
        Assert.Contains("de indeling is veranderd: kolom D heet 'Begroting' (hoort 'Bijdrage begroot'); kolom K ('Opmerking') is toegevoegd.",
            problem.Message, StringComparison.Ordinal);
        Assert.Equal(UploadOutcome.Invalid, sheet.Outcome);
        Assert.StartsWith("Het blad 'Verbonden partijen' ontbreekt", Assert.Single(sheet.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extra_rows_are_recognised_and_explained()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var last = sheet.Rows(Sheet).Count;
        var copied = Row(sheet, ggd, LastYear);
        sheet.Set(Sheet, $"B{last + 2}", "Totaal").Set(Sheet, $"D{last + 2}", 999_999)
            .Set(Sheet, $"A{last + 3}", ggd).Set(Sheet, $"C{last + 3}", ThisYear + 1).Set(Sheet, $"D{last + 3}", 1)
            .Set(Sheet, $"A{last + 4}", ggd).Set(Sheet, $"C{last + 4}", LastYear).Set(Sheet, $"D{last + 4}", 2)
            .Set(Sheet, $"L{copied}", "nagevraagd");

        var report = await UploadAsync(sheet.Bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        Assert.Equal(
        [
            $"Blad 'Verbonden partijen', rij {copied} (L{copied}): buiten de tabel staat 'nagevraagd'. Het register leest alleen de kolommen A tot en met J: " +
                "zet eigen berekeningen of aantekeningen in een ander bestand.",
            $"Blad 'Verbonden partijen', rij {last + 2}: deze rij hoort niet bij het werkblad: er staat 'Totaal' maar geen Nr. en Jaar. " +
                "Haal rijen weg die u zelf toevoegde, zoals totalen of aantekeningen.",
            $"Blad 'Verbonden partijen', rij {last + 3}: Nr. {ggd}, Jaar {ThisYear + 1} stond niet in het gedownloade werkblad. Voeg geen rijen toe en wijzig geen " +
                "nummers of jaren: download een werkblad met de jaren die u nodig hebt.",
            $"Blad 'Verbonden partijen', rij {last + 4}: Nr. {ggd}, Jaar {LastYear} staat ook al in rij {copied}: elke rij komt één keer voor. Haal de kopie weg.",
        ], report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_formula_in_a_cell_is_recognised_and_explained()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var row = Row(sheet, ggd, ThisYear);

        var report = await UploadAsync(sheet.SetFormula(Sheet, $"D{row}", $"D{row - 1}*1.1", 110_000).Bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        Assert.Equal($"Blad 'Verbonden partijen', rij {row}, kolom 'Bijdrage begroot' (D{row}): bevat een formule (=D{row - 1}*1.1). " +
            "Het register leest alleen bedragen: vervang de formule door het bedrag zelf (kopiëren en plakken als waarden).",
            Assert.Single(report.Problems).ToString());
        Assert.Equal((null, null), await ZeistContributionAsync(ggd, ThisYear));
    }

    public static TheoryData<string, byte[], string> NotExcel => new()
    {
        { "CSV", Encoding.UTF8.GetBytes("Nr.;Jaar;Bijdrage begroot\n12;2025;100000\n"), "Dit is geen Excel-werkmap (.xlsx)." },
        { "PDF", Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n1 0 obj\n"), "Dit is geen Excel-werkmap (.xlsx)." },
        { "old Excel", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "Dit is een ouder Excel-bestand (.xls)" },
        { "empty", [], "Het bestand is leeg." },
        { "truncated", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0], "Het bestand is beschadigd" },
        { "other zip", ZipWith("word/document.xml"), "Dit is geen Excel-werkmap (.xlsx)." },
        { "workbook of its own", WorkbookOfItsOwn(), "Dit werkblad komt niet uit het register: het verborgen blad 'Register' ontbreekt" },
    };

    [Theory]
    [MemberData(nameof(NotExcel))]
    public async Task A_file_that_is_not_a_workbook_of_the_register_is_refused_with_the_reason(string kind, byte[] bytes, string message)
    {
        await ArrangeZeistAsync();
        var before = await LastChangeAsync();

        var report = await UploadAsync(bytes);

        Assert.Equal(UploadOutcome.Invalid, report.Outcome);
        Assert.True(Assert.Single(report.Problems).Message.StartsWith(message, StringComparison.Ordinal), $"{kind}: {report.Problems[0].Message}");
        Assert.Equal(before, await LastChangeAsync());
    }

    [Fact]
    public async Task A_tampered_hidden_register_sheet_is_refused_and_cannot_reach_another_municipalitys_figures()
    {
        await ArrangeZeistAsync();
        var broken = (await DownloadAsync()).Set("Register", "A2", "provincie");
        var borrowed = await DownloadAsync();
        int bunnik;
        await using (var db = Database.CreateContext())
        {
            bunnik = await db.Memberships.Where(m => m.ArrangementId == ggd && m.Municipality!.Code == "GM0312").Select(m => m.Id).SingleAsync();
        }

        // Point the GGD row of this year at Bunnik's membership, and change its figure.
        var register = borrowed.RowOf("Register", ("G", ggd), ("I", ThisYear));
        borrowed.Set("Register", $"H{register}", bunnik).Set(Sheet, $"D{Row(borrowed, ggd, ThisYear)}", 1);

        var refused = await UploadAsync(broken.Bytes);
        var foreign = await UploadAsync(borrowed.Bytes);

        Assert.StartsWith("Het verborgen blad 'Register' is gewijzigd", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Equal(UploadOutcome.Invalid, foreign.Outcome);
        Assert.Equal(["Bijdrage begroot", "Bijdrage gerealiseerd"], foreign.Problems.Select(p => p.Place!.Column));
        Assert.All(foreign.Problems, p => Assert.StartsWith("GGD Testregio: deze deelname hoort niet bij Zeist (GM0355)", p.Message, StringComparison.Ordinal));
        await using var check = Database.CreateContext();
        Assert.False(await check.Contributions.AnyAsync(c => c.MembershipId == bunnik));
    }

    [Fact]
    public async Task A_figure_someone_else_changed_since_the_download_is_a_conflict_and_nothing_is_saved()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        await EditFormSetsAsync(ggd, LastYear, 110_000);
        var row = Row(sheet, ggd, LastYear);

        var report = await UploadAsync(sheet.Set(Sheet, $"D{row}", 120_000).Set(Sheet, $"D{Row(sheet, bv, LastYear)}", 5_000).Bytes);

        Assert.Equal(UploadOutcome.Conflict, report.Outcome);
        Assert.Equal($"Blad 'Verbonden partijen', rij {row}, kolom 'Bijdrage begroot' (D{row}): u vulde € 120.000 in, maar na uw download is dit al " +
            "gewijzigd van € 100.000 in € 110.000.", Assert.Single(report.Problems).ToString());
        Assert.StartsWith("Niet opgeslagen: iemand anders wijzigde na uw download dezelfde cijfers.", report.Summary, StringComparison.Ordinal);
        Assert.Equal((110_000m, 98_000m), await ZeistContributionAsync(ggd, LastYear));
        Assert.Equal((null, null), await ZeistContributionAsync(bv, LastYear));
    }

    [Fact]
    public async Task A_change_someone_else_made_to_a_figure_the_user_left_alone_is_kept()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        await EditFormSetsAsync(ggd, LastYear, 110_000);

        var report = await UploadAsync(sheet.Set(Sheet, $"E{Row(sheet, ggd, LastYear)}", 99_000).Bytes);

        Assert.Equal(UploadOutcome.Saved, report.Outcome);
        Assert.Equal((110_000m, 99_000m), await ZeistContributionAsync(ggd, LastYear));
        Assert.Equal($"GGD Testregio {LastYear}, bijdrage begroot: na uw download gewijzigd in € 110.000 (het werkblad had nog € 100.000); dat blijft staan.",
            Assert.Single(report.Notes));
    }

    [Fact]
    public async Task An_upload_between_opening_and_saving_the_edit_form_makes_that_save_a_conflict()
    {
        await ArrangeZeistAsync();
        var commands = Database.GetService<ArrangementCommands>();
        var form = await commands.LoadAsync(ggd, CancellationToken.None);
        var sheet = await DownloadAsync();
        await UploadAsync(sheet.Set(Sheet, $"D{Row(sheet, ggd, ThisYear)}", 130_000).Bytes);

        form!.Name = "GGD Testregio (nieuwe naam)";
        var save = await commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None);

        Assert.Equal(SaveProblem.Conflict, save.Problem);
    }

    [Fact]
    public async Task Only_editors_may_upload()
    {
        await ArrangeZeistAsync();
        var sheet = await DownloadAsync();
        var changed = sheet.Set(Sheet, $"D{Row(sheet, ggd, ThisYear)}", 1).Bytes;

        // A reader, and a role only claimed: the database holds no such redacteur.
        foreach (var user in new[] { Users.WithRole("lezer@gemeente.example", null), Users.WithRole("redacteur@gemeente.example", Roles.Redacteur) })
        {
            var report = await Database.GetService<FinanceUpload>().UploadAsync(new MemoryStream(changed), await SubjectAsync(), user, CancellationToken.None);
            Assert.Equal(UploadOutcome.Forbidden, report.Outcome);
        }

        Assert.Equal((null, null), await ZeistContributionAsync(ggd, ThisYear));
    }

    /// <summary>Another editor changes Zeist's budgeted contribution in the edit form, as the form saves it.</summary>
    private async Task EditFormSetsAsync(int arrangement, int year, decimal budgeted)
    {
        var commands = Database.GetService<ArrangementCommands>();
        var form = (await commands.LoadAsync(arrangement, CancellationToken.None))!;
        var zeist = form.Memberships.Single(m => m.MunicipalityCode == "GM0355");
        form.Contributions.Single(c => c.MembershipKey == zeist.Key && c.Year == year).Budgeted = budgeted;
        Assert.True((await commands.SaveAsync(form, await Database.EditorAsync("collega@zeist.example"), CancellationToken.None)).Succeeded);
    }

    private static byte[] ZipWith(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<document/>");
        }

        return stream.ToArray();
    }

    private static byte[] WorkbookOfItsOwn()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object?> { ["Nr."] = 1, ["Jaar"] = 2025, ["Bijdrage begroot"] = 100 } }, sheetName: Sheet);
        return stream.ToArray();
    }
}
