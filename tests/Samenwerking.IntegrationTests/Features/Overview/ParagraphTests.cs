using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenwerking.Testing;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Overview;
using Samenwerking.Web.Features.Users;
using UglyToad.PdfPig;

namespace Samenwerking.IntegrationTests.Features.Overview;

/// <summary>
/// The paragraaf verbonden partijen in its two versions (begroting, BBV art. 15; jaarstukken, art. 26) from the same data,
/// and the municipality's own texts and regime per risk class, saved through the service and the form.
/// </summary>
public sealed class ParagraphTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string Editor = "controller@bunnik.example";
    private static readonly int Year = Today.Year;

    private ParagraphCommands Commands => Database.GetService<ParagraphCommands>();

    private async Task<VerbondenPartijParagraph> ParagraphAsync(ParagraphKind kind, int year) =>
        (await Database.GetService<OverviewQueries>().OverviewAsync("GM0312", Today, new ParagraphChoice(kind, year), CancellationToken.None))!.Paragraph;

    /// <summary>
    /// Bunnik's omgevingsdienst with a contribution budgeted and realised last year, budgeted only this year and next, and
    /// the party's balance of last year and next (none for this year).
    /// </summary>
    private async Task<Membership> ArrangeAsync()
    {
        var gr = await Database.AddArrangementAsync("Omgevingsdienst Testregio", ["GM0312", "GM0344"]);
        await using var db = Database.CreateContext();
        var arrangement = await db.Arrangements.Include(a => a.Memberships).ThenInclude(m => m.Municipality).SingleAsync(a => a.Id == gr.Id);
        arrangement.FinancialYears.Add(new FinancialYear { Year = Year - 1, EquityStart = 900_000, EquityEnd = 1_000_000, DebtStart = 2_000_000, DebtEnd = 1_900_000, Result = 80_000 });
        arrangement.FinancialYears.Add(new FinancialYear { Year = Year + 1, EquityStart = 1_200_000, EquityEnd = 1_300_000, DebtStart = 1_700_000, DebtEnd = 1_600_000, Result = 50_000 });
        var bunnik = arrangement.Memberships.Single(m => m.Municipality!.Code == "GM0312");
        bunnik.RiskClass = 2;
        bunnik.Contributions.Add(new Contribution { Year = Year - 1, Budgeted = 90_000, Realised = 95_000 });
        bunnik.Contributions.Add(new Contribution { Year = Year, Budgeted = 100_000 });
        bunnik.Contributions.Add(new Contribution { Year = Year + 1, Budgeted = 110_000 });
        await db.SaveChangesAsync();
        return bunnik;
    }

    private static ParagraphTextsForm Texts(Membership membership, int year, string? vision = "De omgevingsdienst borgt de kwaliteit van vergunningverlening.",
        string? intentions = "Wij sturen op een sluitende begroting.", uint? version = null, string? regime = "Halfjaarlijkse rapportage aan de raad.",
        uint? regimeVersion = null) => new()
    {
        MunicipalityCode = "GM0312",
        Year = year,
        Regimes = [new RegimeInput { RiskClass = 2, Description = regime, Version = regimeVersion }],
        Parties = [new PartyPolicyInput { MembershipId = membership.Id, Name = "Omgevingsdienst Testregio", Vision = vision, Intentions = intentions, Version = version }],
    };

    [Fact]
    public async Task The_begroting_shows_budgeted_figures_and_the_jaarstukken_realised_ones_from_the_same_data()
    {
        await ArrangeAsync();

        var begroting = (await ParagraphAsync(ParagraphKind.Begroting, Year + 1)).VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");
        var jaarstukken = (await ParagraphAsync(ParagraphKind.Jaarstukken, Year - 1)).VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");
        var thisYear = (await ParagraphAsync(ParagraphKind.Jaarstukken, Year)).VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");

        var budget = new ParagraphChoice(ParagraphKind.Begroting, Year + 1);
        Assert.Equal(110_000m, BbvParagraph.ContributionFigure(begroting, budget));
        Assert.Equal($"€ 110.000 (begroot voor {Year}: € 100.000).", BbvParagraph.Contribution(begroting, budget));
        Assert.Equal("€ 1.200.000 – € 1.300.000", BbvParagraph.Equity(begroting.Finances));
        Assert.Equal("€ 50.000", BbvParagraph.Result(begroting.Finances));

        var accounts = new ParagraphChoice(ParagraphKind.Jaarstukken, Year - 1);
        Assert.Equal(95_000m, BbvParagraph.ContributionFigure(jaarstukken, accounts));
        Assert.Equal("€ 95.000 (begroot: € 90.000).", BbvParagraph.Contribution(jaarstukken, accounts));
        Assert.Equal("€ 80.000", BbvParagraph.Result(jaarstukken.Finances));

        // This year nothing is realised yet and no balance is registered: it says so, never a zero.
        var current = new ParagraphChoice(ParagraphKind.Jaarstukken, Year);
        Assert.Null(BbvParagraph.ContributionFigure(thisYear, current));
        Assert.Equal("Niet geregistreerd (begroot was € 100.000).", BbvParagraph.Contribution(thisYear, current));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Equity(thisYear.Finances));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Result(thisYear.Finances));
        var labels = BbvParagraph.Fields(thisYear, await ParagraphAsync(ParagraphKind.Jaarstukken, Year), "Bunnik").Select(f => f.Label).ToList();
        Assert.Contains($"Gerealiseerde bijdrage {Year}", labels);
        Assert.Contains($"Verantwoording {Year}", labels);
        Assert.DoesNotContain(labels, l => l.StartsWith("Verwacht", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_version_holds_the_parties_of_its_own_year()
    {
        await Database.AddArrangementAsync("Recreatieschap Verleden", ["GM0312", "GM0344"],
            joinDate: new DateOnly(2015, 1, 1), leaveDate: new DateOnly(Year, 1, 1));

        var lastYearsAccounts = await ParagraphAsync(ParagraphKind.Jaarstukken, Year - 1);
        var nextYearsBudget = await ParagraphAsync(ParagraphKind.Begroting, Year + 1);

        Assert.Contains(lastYearsAccounts.VerbondenPartijen, p => p.Name == "Recreatieschap Verleden");
        Assert.DoesNotContain(nextYearsBudget.VerbondenPartijen, p => p.Name == "Recreatieschap Verleden");
    }

    [Fact]
    public async Task Saves_texts_per_year_and_the_regime_per_class_and_records_them_in_the_history()
    {
        var membership = await ArrangeAsync();
        var user = await Database.EditorAsync(Editor);

        var result = await Commands.SaveAsync(Texts(membership, Year + 1), user, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join(" ", result.Messages));
        var budget = await ParagraphAsync(ParagraphKind.Begroting, Year + 1);
        var party = budget.VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");
        var fields = BbvParagraph.Fields(party, budget, "Bunnik").ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("De omgevingsdienst borgt de kwaliteit van vergunningverlening.", fields["Visie"]);
        Assert.Equal("Wij sturen op een sluitende begroting.", fields[$"Beleidsvoornemens {Year + 1}"]);
        Assert.Equal("Risicoklasse 2: Halfjaarlijkse rapportage aan de raad.", fields["Sturing (nota verbonden partijen)"]);
        Assert.Equal("Niet geregistreerd.", BbvParagraph.RegimeText(budget, 3));

        // The texts are for their year: last year's jaarstukken have none, the regime holds for every year.
        var accounts = await ParagraphAsync(ParagraphKind.Jaarstukken, Year - 1);
        var lastYear = BbvParagraph.Fields(accounts.VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio"), accounts, "Bunnik")
            .ToDictionary(f => f.Label, f => f.Value);
        Assert.Equal("Niet geregistreerd.", lastYear["Visie"]);
        Assert.Equal("Risicoklasse 2: Halfjaarlijkse rapportage aan de raad.", lastYear["Sturing (nota verbonden partijen)"]);

        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(PartyPolicy) && c.ArrangementId == membership.ArrangementId && c.UserName == Editor));
        Assert.Equal(1, await db.ChangeRecords.CountAsync(c => c.EntityType == nameof(RiskRegime) && c.UserName == Editor));
    }

    [Fact]
    public async Task Refuses_a_text_of_100000_characters_and_saves_nothing()
    {
        var membership = await ArrangeAsync();
        var user = await Database.EditorAsync(Editor);

        var result = await Commands.SaveAsync(Texts(membership, Year + 1, vision: new string('v', 100_000), regime: new string('r', 100_000)), user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Invalid, result.Outcome);
        Assert.StartsWith("De visie bij Omgevingsdienst Testregio is 100.000 tekens; het maximum is 4.000.", Assert.Single(result.Errors["Parties[0].Vision"]), StringComparison.Ordinal);
        Assert.StartsWith("Het regime van risicoklasse 2 is 100.000 tekens", Assert.Single(result.Errors["Regimes[0].Description"]), StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.PartyPolicies.AnyAsync());
        Assert.False(await db.RiskRegimes.AnyAsync());
    }

    [Fact]
    public async Task Refuses_a_stale_version_and_keeps_the_other_editors_text()
    {
        var membership = await ArrangeAsync();
        var user = await Database.EditorAsync(Editor);
        Assert.True((await Commands.SaveAsync(Texts(membership, Year + 1), user, CancellationToken.None)).Succeeded);
        var loaded = (await ParagraphAsync(ParagraphKind.Begroting, Year + 1)).VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");
        var regimeVersion = (await ParagraphAsync(ParagraphKind.Begroting, Year + 1)).Regimes.Single().Version;

        // Somebody else saves first, from the same page.
        Assert.True((await Commands.SaveAsync(Texts(membership, Year + 1, vision: "Eerst opgeslagen.", version: loaded.Policy!.Version, regimeVersion: regimeVersion), user, CancellationToken.None)).Succeeded);
        var stale = await Commands.SaveAsync(Texts(membership, Year + 1, vision: "Later opgeslagen.", version: loaded.Policy.Version, regimeVersion: regimeVersion), user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Conflict, stale.Outcome);
        Assert.StartsWith("Iemand anders heeft deze teksten intussen gewijzigd.", Assert.Single(stale.Messages), StringComparison.Ordinal);
        var now = (await ParagraphAsync(ParagraphKind.Begroting, Year + 1)).VerbondenPartijen.Single(p => p.Name == "Omgevingsdienst Testregio");
        Assert.Equal("Eerst opgeslagen.", now.Policy!.Vision);

        // A text written for a party that had none, while somebody else wrote one: a conflict too, not a second row.
        var second = await Commands.SaveAsync(Texts(membership, Year + 2, vision: "A", regimeVersion: regimeVersion), user, CancellationToken.None);
        Assert.True(second.Succeeded);
        var late = await Commands.SaveAsync(Texts(membership, Year + 2, vision: "B", regimeVersion: regimeVersion), user, CancellationToken.None);
        Assert.Equal(FormSaveOutcome.Conflict, late.Outcome);
    }

    [Fact]
    public async Task Refuses_a_risk_class_out_of_range_in_the_service_and_in_the_database()
    {
        var membership = await ArrangeAsync();
        var user = await Database.EditorAsync(Editor);
        var form = Texts(membership, Year + 1);
        form.Regimes = [new RegimeInput { RiskClass = 4, Description = "Maandelijks." }];

        var result = await Commands.SaveAsync(form, user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Invalid, result.Outcome);
        Assert.Equal("Risicoklasse 4 bestaat niet: de klassen zijn 1 (laag) tot 3 (hoog).", Assert.Single(result.Errors["Regimes[0].RiskClass"]));
        await using var db = Database.CreateContext();
        Assert.False(await db.RiskRegimes.AnyAsync());
        Assert.False(await db.PartyPolicies.AnyAsync());

        var bunnik = await db.Municipalities.SingleAsync(m => m.Code == "GM0312");
        db.RiskRegimes.Add(new RiskRegime { MunicipalityId = bunnik.Id, RiskClass = 0, Description = "Nooit." });
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal("Een risicoklasse is 1, 2 of 3.", Web.Data.ConstraintMessages.For(refused));
        db.ChangeTracker.Clear();
        db.PartyPolicies.Add(new PartyPolicy { MembershipId = membership.Id, Year = Year, Vision = new string('v', 100_000) });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Refuses_a_save_without_the_role_or_for_another_municipalitys_participation()
    {
        var membership = await ArrangeAsync();
        var user = await Database.EditorAsync(Editor);
        await using var db = Database.CreateContext();
        var utrecht = await db.Memberships.SingleAsync(m => m.ArrangementId == membership.ArrangementId && m.Municipality!.Code == "GM0344");

        var anonymous = await Commands.SaveAsync(Texts(membership, Year + 1), Users.Anonymous, CancellationToken.None);
        var stranger = await Commands.SaveAsync(Texts(utrecht, Year + 1), user, CancellationToken.None);

        Assert.Equal(FormSaveOutcome.Forbidden, anonymous.Outcome);
        Assert.Equal(FormSaveOutcome.Invalid, stranger.Outcome);
        Assert.StartsWith("Omgevingsdienst Testregio is geen deelname van Bunnik.", Assert.Single(stranger.Messages), StringComparison.Ordinal);
        Assert.False(await db.PartyPolicies.AnyAsync());
    }

    [Fact]
    public async Task Downloads_each_version_in_Excel_with_its_year_its_figures_and_the_texts()
    {
        var membership = await ArrangeAsync();
        Assert.True((await Commands.SaveAsync(Texts(membership, Year + 1), await Database.EditorAsync(Editor), CancellationToken.None)).Succeeded);
        using var client = Database.App.CreateClient();

        var budget = await RowAsync(client, $"paragraaf=begroting&jaar={Year + 1}");
        var accounts = await RowAsync(client, $"paragraaf=jaarstukken&jaar={Year - 1}");
        var current = await RowAsync(client, $"paragraaf=jaarstukken&jaar={Year}");

        Assert.Equal(110_000d, Convert.ToDouble(budget[$"Begrote bijdrage {Year + 1}"], CultureInfo.InvariantCulture));
        Assert.Equal(1_300_000d, Convert.ToDouble(budget[$"Verwacht eigen vermogen eind {Year + 1}"], CultureInfo.InvariantCulture));
        Assert.Equal(50_000d, Convert.ToDouble(budget[$"Verwacht resultaat {Year + 1}"], CultureInfo.InvariantCulture));
        Assert.Equal("Risicoklasse 2: Halfjaarlijkse rapportage aan de raad.", budget["Sturing (nota verbonden partijen)"]);
        Assert.Equal("De omgevingsdienst borgt de kwaliteit van vergunningverlening.", budget["Visie"]);
        Assert.Equal("Wij sturen op een sluitende begroting.", budget[$"Beleidsvoornemens {Year + 1}"]);
        Assert.False(budget.ContainsKey($"Verantwoording {Year + 1}"));

        Assert.Equal(95_000d, Convert.ToDouble(accounts[$"Gerealiseerde bijdrage {Year - 1}"], CultureInfo.InvariantCulture));
        Assert.Equal(90_000d, Convert.ToDouble(accounts[$"Begrote bijdrage {Year - 1}"], CultureInfo.InvariantCulture));
        Assert.Equal(80_000d, Convert.ToDouble(accounts[$"Resultaat {Year - 1}"], CultureInfo.InvariantCulture));
        Assert.Equal("Niet geregistreerd.", accounts["Visie"]);
        Assert.Equal("Niet geregistreerd.", accounts[$"Verantwoording {Year - 1}"]);

        Assert.Equal("Niet geregistreerd", current[$"Gerealiseerde bijdrage {Year}"]);
        Assert.Equal("Niet geregistreerd", current[$"Eigen vermogen eind {Year}"]);
    }

    private static async Task<IDictionary<string, object>> RowAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri($"/export/gemeenten/GM0312/verbonden-partijen.xlsx?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Single(r => (string)r["Verbonden partij"] == "Omgevingsdienst Testregio");
    }

    [Fact]
    public async Task Downloads_each_version_as_a_PDF_that_names_its_year_and_figures()
    {
        var membership = await ArrangeAsync();
        Assert.True((await Commands.SaveAsync(Texts(membership, Year + 1), await Database.EditorAsync(Editor), CancellationToken.None)).Succeeded);
        using var client = Database.App.CreateClient();

        var budget = await PdfTextAsync(client, $"paragraaf=begroting&jaar={Year + 1}");
        var accounts = await PdfTextAsync(client, $"paragraaf=jaarstukken&jaar={Year - 1}");

        Assert.Contains($"Paragraaf verbonden partijen – begroting {Year + 1}", budget, StringComparison.Ordinal);
        Assert.Contains($"Begrote bijdrage {Year + 1}", budget, StringComparison.Ordinal);
        Assert.Contains("€ 110.000", budget, StringComparison.Ordinal);
        Assert.Contains("Halfjaarlijkse rapportage aan de raad.", budget, StringComparison.Ordinal);
        Assert.Contains("De omgevingsdienst borgt de kwaliteit van vergunningverlening.", budget, StringComparison.Ordinal);
        Assert.DoesNotContain("€ 95.000", budget, StringComparison.Ordinal);

        Assert.Contains($"Paragraaf verbonden partijen – jaarstukken {Year - 1}", accounts, StringComparison.Ordinal);
        Assert.Contains($"Gerealiseerde bijdrage {Year - 1}", accounts, StringComparison.Ordinal);
        Assert.Contains("€ 95.000 (begroot: € 90.000).", accounts, StringComparison.Ordinal);
        Assert.Contains($"Verantwoording {Year - 1}", accounts, StringComparison.Ordinal);
        Assert.DoesNotContain("€ 110.000", accounts, StringComparison.Ordinal);
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync(new Uri($"/export/gemeenten/GM0312/verbonden-partijen.pdf?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task An_editor_writes_the_texts_through_the_form_and_a_stranger_cannot()
    {
        var membership = await ArrangeAsync();
        var page = $"/gemeenten/GM0312/overzicht/bewerken?jaar={Year + 1}";
        using var anonymous = Database.NewClient();
        using var refused = await anonymous.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        using var editor = await Database.SignedInClientAsync(Editor, Roles.Redacteur);
        var form = WebUtility.HtmlDecode(await editor.GetStringAsync(new Uri(page, UriKind.Relative)));
        Assert.Contains("Omgevingsdienst Testregio", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"Input.Parties[0].MembershipId\" value=\"{membership.Id}\"", form, StringComparison.Ordinal);

        Dictionary<string, string> Fields(string vision) => new()
        {
            ["Input.MunicipalityCode"] = "GM0312", ["Input.Year"] = $"{Year + 1}",
            // A browser posts an empty version for a text that had none.
            ["Input.Regimes[0].RiskClass"] = "1", ["Input.Regimes[0].Description"] = "Jaarlijks in de jaarstukken.", ["Input.Regimes[0].Version"] = "",
            ["Input.Parties[0].Version"] = "",
            ["Input.Parties[0].MembershipId"] = $"{membership.Id}", ["Input.Parties[0].Name"] = "Omgevingsdienst Testregio",
            ["Input.Parties[0].Vision"] = vision, ["Input.Parties[0].Intentions"] = "Een nieuwe kostenverdeling.",
        };
        using var tooLong = await editor.PostFormAsync(page, "paragraaf-teksten", Fields(new string('v', 100_000)));
        var html = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("De visie bij Omgevingsdienst Testregio is 100.000 tekens", html, StringComparison.Ordinal);
        Assert.Contains(new string('v', 100_000), html, StringComparison.Ordinal);

        using var saved = await editor.PostFormAsync(page, "paragraaf-teksten", Fields("Samen sterker in toezicht."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var overview = WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri($"/gemeenten/GM0312/overzicht?paragraaf=begroting&jaar={Year + 1}", UriKind.Relative)));
        Assert.Contains("Samen sterker in toezicht.", overview, StringComparison.Ordinal);
        Assert.Contains("Jaarlijks in de jaarstukken.", overview, StringComparison.Ordinal);
    }
}
