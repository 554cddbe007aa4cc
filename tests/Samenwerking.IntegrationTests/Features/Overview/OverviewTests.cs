using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Overview;
using UglyToad.PdfPig;

namespace Samenwerking.IntegrationTests.Features.Overview;

/// <summary>The council's overview and its paragraaf verbonden partijen, on screen, in Excel and in PDF.</summary>
public sealed class OverviewTests(RegisterDatabase database) : RegisterTest(database)
{
    private static readonly int Year = Today.Year;

    private async Task<MunicipalityOverview> OverviewAsync(string code, DateOnly date) =>
        (await Database.GetService<OverviewQueries>().OverviewAsync(code, date, CancellationToken.None))!;

    /// <summary>
    /// Three parties of Bunnik (GM0312) with money, risks, two policy areas and evaluations (two planned, one done), and
    /// an agreement that is no party.
    /// </summary>
    private async Task ArrangePartiesAsync()
    {
        var gr = await Database.AddArrangementAsync("Omgevingsdienst Testregio", ["GM0312", "GM0344"], policyAreaCode: "7");
        var bv = await Database.AddArrangementAsync("Afvalbedrijf Test BV", ["GM0312", "GM0344"], LegalForm.BeslotenVennootschap);
        var stichting = await Database.AddArrangementAsync("Stichting Testarchief", ["GM0312"], LegalForm.Stichting);
        await Database.AddArrangementAsync("Convenant Testgroen", ["GM0312", "GM0344"], LegalForm.Bestuursovereenkomst);

        await using var db = Database.CreateContext();
        var grEntity = await db.Arrangements.Include(a => a.Memberships).ThenInclude(m => m.Municipality).SingleAsync(a => a.Id == gr.Id);
        grEntity.Seat = "Testdorp";
        grEntity.PublicInterest = "Schone lucht en veilige bedrijven.";
        grEntity.FinancialYears.Add(new FinancialYear { Year = Year, EquityStart = 1_000_000, EquityEnd = 1_200_000, DebtStart = 3_000_000, DebtEnd = 2_500_000, Result = 150_000 });
        grEntity.Risks.Add(new Risk { Description = "Tekort op de vergunningverlening", Class = 2, Mitigation = "Weerstandsreserve" });
        grEntity.Risks.Add(new Risk { Description = "Uittreding van een grote deelnemer", Class = 3 });
        grEntity.Evaluations.Add(new Evaluation { PlannedFor = Today.AddMonths(15) });
        grEntity.Evaluations.Add(new Evaluation { PlannedFor = Today.AddMonths(3) });
        grEntity.Evaluations.Add(new Evaluation { PlannedFor = Today.AddMonths(-3), PerformedOn = Today.AddMonths(-2) });
        grEntity.PolicyAreas.Add(await db.PolicyAreas.SingleAsync(p => p.Code == "1"));
        var bunnik = grEntity.Memberships.Single(m => m.Municipality!.Code == "GM0312");
        bunnik.CostSharePercentage = 12.5m;
        bunnik.RiskClass = 2;
        bunnik.Contributions.Add(new Contribution { Year = Year - 1, Budgeted = 90_000, Realised = 95_000 });
        bunnik.Contributions.Add(new Contribution { Year = Year, Budgeted = 100_000 });
        var bvMember = await db.Memberships.SingleAsync(m => m.ArrangementId == bv.Id && m.Municipality!.Code == "GM0312");
        bvMember.RiskClass = 3;
        bvMember.Contributions.Add(new Contribution { Year = Year, Budgeted = 250_000 });
        var stichtingMember = await db.Memberships.SingleAsync(m => m.ArrangementId == stichting.Id);
        stichtingMember.Contributions.Add(new Contribution { Year = Year, Budgeted = 5_000 });
        // A stichting is a verbonden partij only with both interests: here a seat in its board and a loan.
        stichtingMember.AdministrativeInterest = AdministrativeInterest.Zetel;
        stichtingMember.FinancialInterests = [FinancialInterest.Lening];
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Adds_up_contributions_per_year_ranks_the_largest_and_lists_each_party_s_details()
    {
        await ArrangePartiesAsync();

        var overview = await OverviewAsync("GM0312", Today);

        Assert.Equal([Year - 1, Year], overview.Years);
        Assert.Equal([new YearAmount(Year - 1, 95_000), new YearAmount(Year, 355_000)], overview.TotalPerYear);
        Assert.Equal(["Afvalbedrijf Test BV", "Omgevingsdienst Testregio", "Stichting Testarchief"], overview.LargestContributions(3).Select(p => p.Name));
        Assert.Equal("Omgevingsdienst Testregio", Assert.Single(overview.EvaluationsDue).Party.Name);
        // The arrangement's risks, highest class first, its policy areas in the BBV's order, and only the evaluations
        // still to be done, the first one first.
        var omgevingsdienst = overview.Parties.Single(p => p.Name == "Omgevingsdienst Testregio");
        Assert.Equal(
            [new RiskRow(3, "Uittreding van een grote deelnemer", null), new RiskRow(2, "Tekort op de vergunningverlening", "Weerstandsreserve")],
            omgevingsdienst.Risks);
        Assert.Equal([Today.AddMonths(3), Today.AddMonths(15)], omgevingsdienst.EvaluationsPlanned);
        Assert.Equal(["Veiligheid", "Volksgezondheid en milieu"], omgevingsdienst.PolicyAreas);
        Assert.Equal(new FinancialYearRow(Year, 1_000_000, 1_200_000, 3_000_000, 2_500_000, 150_000), omgevingsdienst.Finances);
        Assert.Null(overview.Parties.Single(p => p.Name == "Afvalbedrijf Test BV").Finances);
    }

    [Fact]
    public async Task Groups_the_verbonden_partijen_as_BBV_article_15_asks_and_leaves_agreements_out()
    {
        await ArrangePartiesAsync();

        var overview = await OverviewAsync("GM0312", Today);

        var groups = overview.VerbondenPartijen.ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToList());
        Assert.Contains("Omgevingsdienst Testregio", groups[BbvGroup.GemeenschappelijkeRegelingen]);
        Assert.Equal(["Afvalbedrijf Test BV"], groups[BbvGroup.VennootschappenEnCooperaties]);
        Assert.Equal(["Stichting Testarchief"], groups[BbvGroup.StichtingenEnVerenigingen]);
        Assert.DoesNotContain(overview.VerbondenPartijen.SelectMany(g => g), p => p.Name == "Convenant Testgroen");
        Assert.Contains(overview.Parties, p => p.Name == "Convenant Testgroen");
    }

    [Fact]
    public async Task Holds_exactly_the_participations_with_both_a_bestuurlijk_and_a_financieel_belang()
    {
        await ArrangePartiesAsync();
        var network = await Database.AddArrangementAsync("Netwerk Testzorg", ["GM0312"], LegalForm.Overig);
        var orgaan = await Database.AddArrangementAsync("Gemeenschappelijk orgaan Testgroen", ["GM0312"], LegalForm.GemeenschappelijkOrgaan);
        await using (var db = Database.CreateContext())
        {
            // Utrecht's administrator records that Utrecht carries no deficit duty in the Omgevingsdienst: no party of Utrecht's.
            var utrecht = await db.Memberships.SingleAsync(m => m.Arrangement!.Name == "Omgevingsdienst Testregio" && m.Municipality!.Code == "GM0344");
            utrecht.FinancialInterests = [];
            utrecht.InterestsAreSuggestion = false;
            await db.SaveChangesAsync();
        }

        var bunnik = (await OverviewAsync("GM0312", Today)).VerbondenPartijen.SelectMany(g => g).ToList();
        var utrechtParties = (await OverviewAsync("GM0344", Today)).VerbondenPartijen.SelectMany(g => g).Select(p => p.Name).ToList();

        Assert.Equal(["Afvalbedrijf Test BV", "Omgevingsdienst Testregio", "Stichting Testarchief", "Veiligheidsregio Utrecht"], bunnik.Select(p => p.Name).Order());
        Assert.All(bunnik, p => Assert.True(p.AdministrativeInterest is not null && p.FinancialInterests!.Count > 0));
        Assert.DoesNotContain(network.Name, bunnik.Select(p => p.Name));
        Assert.DoesNotContain(orgaan.Name, bunnik.Select(p => p.Name));
        Assert.Contains("Afvalbedrijf Test BV", utrechtParties);
        Assert.DoesNotContain("Omgevingsdienst Testregio", utrechtParties);
        Assert.Contains("financieel belang: plicht tekorten te dekken",
            Web.Features.Overview.BbvParagraph.Interest(bunnik.Single(p => p.Name == "Omgevingsdienst Testregio")), StringComparison.Ordinal);
    }

    /// <summary>The overview's compiled queries write the periods out (decision 0030): on their edges they must agree with ActiveOn.</summary>
    [Fact]
    public async Task Counts_a_partner_from_the_day_it_joins_and_no_longer_on_the_day_it_leaves()
    {
        var arrangement = await Database.AddArrangementAsync("Grensregeling Test", ["GM0312", "GM0344", "GM0355", "GM0321"], tasks: ["Recreatiegebieden"]);
        await using (var db = Database.CreateContext())
        {
            var zeist = await db.Memberships.SingleAsync(m => m.ArrangementId == arrangement.Id && m.Municipality!.Code == "GM0355");
            zeist.JoinDate = Today;
            var houten = await db.Memberships.SingleAsync(m => m.ArrangementId == arrangement.Id && m.Municipality!.Code == "GM0321");
            houten.LeaveDate = Today;
            var placements = await db.TaskPlacements.Where(p => p.ArrangementId == arrangement.Id).Include(p => p.Municipality).ToListAsync();
            placements.Single(p => p.Municipality!.Code == "GM0355").StartDate = Today;
            placements.Single(p => p.Municipality!.Code == "GM0321").EndDate = Today;
            // Bunnik's own placement begins today too.
            placements.Single(p => p.Municipality!.Code == "GM0312").StartDate = Today;
            await db.SaveChangesAsync();
        }

        var overview = await OverviewAsync("GM0312", Today);
        var yesterday = await OverviewAsync("GM0312", Today.AddDays(-1));

        Assert.Equal(2, overview.Parties.Single(p => p.Name == "Grensregeling Test").PartnerCount);
        var placement = overview.Tasks.Rows.SelectMany(r => r.Placements).Single(p => p.ArrangementName == "Grensregeling Test");
        Assert.Equal(["Utrecht", "Zeist"], placement.Partners.Select(p => p.Name));
        Assert.Equal(2, yesterday.Parties.Single(p => p.Name == "Grensregeling Test").PartnerCount);
        Assert.DoesNotContain(yesterday.Tasks.Rows.SelectMany(r => r.Placements), p => p.ArrangementName == "Grensregeling Test");
    }

    [Fact]
    public async Task Shows_a_membership_that_ended_last_year_in_last_years_overview_only()
    {
        var endOfLastYear = new DateOnly(Year, 1, 1);
        await Database.AddArrangementAsync("Recreatieschap Verleden", ["GM0312", "GM0344"],
            joinDate: new DateOnly(2015, 1, 1), leaveDate: endOfLastYear, tasks: ["Recreatiegebieden"]);

        var today = await OverviewAsync("GM0312", Today);
        var lastYear = await OverviewAsync("GM0312", new DateOnly(Year - 1, 6, 30));

        Assert.DoesNotContain(today.Parties, p => p.Name == "Recreatieschap Verleden");
        Assert.DoesNotContain(today.Tasks.Rows.SelectMany(r => r.Placements), p => p.ArrangementName == "Recreatieschap Verleden");
        Assert.Contains(lastYear.Parties, p => p.Name == "Recreatieschap Verleden");
        Assert.Contains(lastYear.Tasks.Rows, r => r.Task.Name == "Recreatiegebieden" && r.Placements.Any(p => p.ArrangementName == "Recreatieschap Verleden"));
    }

    [Fact]
    public async Task Downloads_the_paragraph_as_Excel_with_one_row_per_party()
    {
        await ArrangePartiesAsync();
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri($"/export/gemeenten/GM0312/verbonden-partijen.xlsx?peildatum={Today:yyyy-MM-dd}&paragraaf=begroting&jaar={Year}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var expected = (await OverviewAsync("GM0312", Today)).VerbondenPartijen.SelectMany(g => g).Select(p => p.Name).Order().ToList();
        Assert.Equal(expected, rows.Select(r => (string)r["Verbonden partij"]).Order().ToList());
        var gr = rows.Single(r => (string)r["Verbonden partij"] == "Omgevingsdienst Testregio");
        Assert.Equal("Gemeenschappelijke regelingen", gr["Groep"]);
        Assert.Equal("Testdorp", gr["Vestigingsplaats"]);
        Assert.Equal(1_200_000d, Convert.ToDouble(gr[$"Verwacht eigen vermogen eind {Year}"], CultureInfo.InvariantCulture));
        Assert.Equal(2_500_000d, Convert.ToDouble(gr[$"Verwacht vreemd vermogen eind {Year}"], CultureInfo.InvariantCulture));
        Assert.Equal(100_000d, Convert.ToDouble(gr[$"Begrote bijdrage {Year}"], CultureInfo.InvariantCulture));
        Assert.Contains("Tekort op de vergunningverlening", (string)gr["Risico's"], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => (string)r["Verbonden partij"] == "Convenant Testgroen");
    }

    [Fact]
    public async Task Downloads_the_paragraph_as_a_PDF_that_holds_every_party()
    {
        await ArrangePartiesAsync();
        using var client = Database.App.CreateClient();

        var response = await client.GetAsync(new Uri($"/export/gemeenten/GM0312/verbonden-partijen.pdf?paragraaf=begroting&jaar={Year}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.All(pdf.GetPages(), page => Assert.Equal(595, page.Width, 0));
        Assert.Contains("Paragraaf verbonden partijen", text, StringComparison.Ordinal);
        foreach (var name in new[] { "Omgevingsdienst Testregio", "Afvalbedrijf Test BV", "Stichting Testarchief", "Vennootschappen en coöperaties" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        Assert.Contains("€ 1.200.000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Convenant Testgroen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_the_overview_page_with_the_paragraph()
    {
        await ArrangePartiesAsync();
        using var client = Database.App.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/gemeenten/GM0312/overzicht", UriKind.Relative)));

        Assert.Contains("Samenwerking van Bunnik", html, StringComparison.Ordinal);
        Assert.Contains($"Paragraaf verbonden partijen – begroting {Year + 1}", html, StringComparison.Ordinal);
        Assert.Contains("Schone lucht en veilige bedrijven.", html, StringComparison.Ordinal);
        Assert.Contains("€ 355.000", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flags_a_contribution_that_rose_more_than_ten_percent_on_the_year_before()
    {
        await ArrangePartiesAsync();
        await using (var db = Database.CreateContext())
        {
            var bv = await db.Memberships.Include(m => m.Contributions)
                .SingleAsync(m => m.Arrangement!.Name == "Afvalbedrijf Test BV" && m.Municipality!.Code == "GM0312");
            bv.Contributions.Add(new Contribution { Year = Year - 1, Budgeted = 180_000, Realised = 200_000 });
            await db.SaveChangesAsync();
        }

        using var client = Database.App.CreateClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/gemeenten/GM0312/overzicht?paragraaf=begroting&jaar={Year}", UriKind.Relative)));

        // The GGD rose 5 % (95,000 realised to 100,000 budgeted): no flag. The BV rose 25 %.
        var jump = Assert.Single((await OverviewAsync("GM0312", Today)).Jumps);
        Assert.Equal(("Afvalbedrijf Test BV", Year, "25 %"), (jump.Party.Name, jump.Year, jump.IncreaseText));
        Assert.Contains("Stijgingen van meer dan 10 %", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"trend-jump"));
        Assert.Contains($"€ 250.000, 25 % meer dan in {Year - 1} (€ 200.000).", html, StringComparison.Ordinal);
        // The begroting compares budget with budget: 180,000 to 250,000.
        Assert.Contains($"€ 250.000 (begroot voor {Year - 1}: € 180.000, 39 % meer).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breaks_a_long_paragraph_over_numbered_A4_pages_without_losing_a_party()
    {
        var names = Enumerable.Range(1, 30).Select(i => $"Gemeenschappelijke regeling nummer {i} met een lange naam die over de regel heen loopt en dus moet afbreken").ToList();
        foreach (var name in names)
        {
            await Database.AddArrangementAsync(name, ["GM0312", "GM0344"]);
        }

        using var client = Database.App.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri("/export/gemeenten/GM0312/verbonden-partijen.pdf", UriKind.Relative));

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pagina's");
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.All(pages.Select((text, i) => (text, i)), page => Assert.Contains($"Pagina {page.i + 1} van {pdf.NumberOfPages}", page.text, StringComparison.Ordinal));
        var text = string.Join(" ", pages);
        Assert.All(Enumerable.Range(1, 30), i => Assert.Contains($"nummer {i} met een lange naam", text, StringComparison.Ordinal));
        Assert.All(pdf.GetPages(), page => Assert.All(page.GetWords(), word => Assert.InRange(word.BoundingBox.Right, 0, page.Width)));
    }
}
