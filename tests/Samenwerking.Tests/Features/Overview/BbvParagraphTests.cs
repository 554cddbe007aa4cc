using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Overview;

namespace Samenwerking.Tests.Features.Overview;

public sealed class BbvParagraphTests
{
    private static OverviewParty Party(
        decimal? share = null, GoverningBody[]? bodies = null, IReadOnlyList<string>? representatives = null,
        IReadOnlyList<ContributionRow>? contributions = null, short? riskClass = null, IReadOnlyList<RiskRow>? risks = null,
        string? purpose = null, string? publicInterest = "Gezondheid") =>
        new(1, "GGD Test", GoalLevel.Tactisch, LegalForm.OpenbaarLichaam, false, purpose, "Utrecht", publicInterest, share, bodies ?? [], riskClass,
            representatives ?? [], contributions ?? [], null, 3, [], risks ?? [], []);

    [Fact]
    public void States_who_represents_the_municipality_its_share_and_the_contributions_at_start_and_end_of_year()
    {
        var party = Party(12.5m, [GoverningBody.College], ["J. Jansen (AB)"],
            [new(2025, 90_000, 95_000), new(2026, 100_000, null)]);

        Assert.Equal("Vertegenwoordigd door J. Jansen (AB); aandeel in de kosten 12,5 %; bijdrage 2025 € 95.000, 2026 € 100.000.",
            BbvParagraph.Interest(party, 2026));
    }

    [Fact]
    public void Says_how_much_a_contribution_rose_when_it_jumped_more_than_ten_percent_on_the_year_before()
    {
        var party = Party(contributions: [new(2025, 100_000, 100_000), new(2026, 123_000, null)]);

        Assert.Equal("Bijdrage 2025 € 100.000, 2026 € 123.000 (23 % meer dan in 2025).", BbvParagraph.Interest(party, 2026));
        Assert.Equal(0.23m, party.JumpIn(2026)!.Increase);
        Assert.Null(Party(contributions: [new(2025, 100_000, null), new(2026, 110_000, null)]).JumpIn(2026));
        Assert.Null(Party(contributions: [new(2026, 110_000, null)]).JumpIn(2026));
    }

    [Theory]
    [InlineData(1_000_000, 1_200_000, "€ 1.000.000 – € 1.200.000")]
    [InlineData(100_000, -250_000, "€ 100.000 – € -250.000 (negatief eigen vermogen aan het eind van het jaar)")]
    [InlineData(-50_000, 20_000, "€ -50.000 – € 20.000 (negatief eigen vermogen aan het begin van het jaar)")]
    public void Says_so_when_equity_is_negative(double start, double end, string text) =>
        Assert.Equal(text, BbvParagraph.Equity(new FinancialYearRow(2026, (decimal)start, (decimal)end, null, null, null)));

    [Fact]
    public void Names_the_governing_body_when_no_representative_is_registered() =>
        Assert.Equal("Deelname namens college van b en w.", BbvParagraph.Interest(Party(bodies: [GoverningBody.College]), 2026));

    [Fact]
    public void Says_so_when_nothing_is_registered()
    {
        Assert.Equal("Deelnemer; geen bijdrage geregistreerd.", BbvParagraph.Interest(Party(), 2026));
        Assert.Equal("Geen risico's geregistreerd.", BbvParagraph.Risks(Party()));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.PublicInterest(Party(publicInterest: null)));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Equity(null));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Debt(new FinancialYearRow(2026, 5, 6, null, null, null)));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Result(new FinancialYearRow(2026, 5, 6, 1, 2, null)));
    }

    [Fact]
    public void Calls_the_other_end_of_the_year_unknown_when_only_one_is_registered()
    {
        Assert.Equal("€ 1.000 – onbekend", BbvParagraph.Equity(new FinancialYearRow(2026, 1_000, null, null, null, null)));
        Assert.Equal("onbekend – € 0", BbvParagraph.Debt(new FinancialYearRow(2026, null, null, null, 0, null)));
        Assert.Equal("€ -3.000", BbvParagraph.Result(new FinancialYearRow(2026, null, null, null, null, -3_000)));
    }

    [Fact]
    public void Takes_the_public_interest_from_the_regelings_purpose_and_says_so_when_none_of_its_own_is_registered()
    {
        Assert.Equal("Gezondheid", BbvParagraph.PublicInterest(Party(purpose: "Publieke gezondheid bevorderen")));
        Assert.Equal("Volgens het doel van de regeling: Publieke gezondheid bevorderen",
            BbvParagraph.PublicInterest(Party(purpose: "Publieke gezondheid bevorderen", publicInterest: null)));
    }

    [Fact]
    public void Lists_the_risk_class_and_the_risks_with_their_mitigation() =>
        Assert.Equal("Risicoklasse 3. Tekort (klasse 3; beheersing: reserve). Claims (klasse 1).",
            BbvParagraph.Risks(Party(riskClass: 3, risks: [new(3, "Tekort", "reserve"), new(1, "Claims", null)])));
}
