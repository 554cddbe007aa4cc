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
    public void States_who_represents_the_municipality_and_its_share()
    {
        var party = Party(12.5m, [GoverningBody.College], ["J. Jansen (AB)"]);

        Assert.Equal("Vertegenwoordigd door J. Jansen (AB); aandeel in de kosten 12,5 %.", BbvParagraph.Interest(party));
    }

    [Fact]
    public void The_begroting_compares_the_budget_with_last_years_and_says_how_much_it_rose()
    {
        var party = Party(contributions: [new(2025, 100_000, 90_000), new(2026, 123_000, null)]);
        var begroting = new ParagraphChoice(ParagraphKind.Begroting, 2026);

        Assert.Equal("€ 123.000 (begroot voor 2025: € 100.000, 23 % meer).", BbvParagraph.Contribution(party, begroting));
        Assert.Equal(123_000m, BbvParagraph.ContributionFigure(party, begroting));
        Assert.Equal("€ 110.000 (begroot voor 2025: € 100.000).",
            BbvParagraph.Contribution(Party(contributions: [new(2025, 100_000, null), new(2026, 110_000, null)]), begroting));
        Assert.Equal(0.23m, Party(contributions: [new(2025, 100_000, 100_000), new(2026, 123_000, null)]).JumpIn(2026)!.Increase);
    }

    [Fact]
    public void The_jaarstukken_give_the_realised_contribution_beside_the_budget_and_never_a_budget_as_realised()
    {
        var party = Party(contributions: [new(2025, 100_000, 96_000), new(2026, 110_000, null)]);

        Assert.Equal("€ 96.000 (begroot: € 100.000).", BbvParagraph.Contribution(party, new ParagraphChoice(ParagraphKind.Jaarstukken, 2025)));
        Assert.Equal("Niet geregistreerd (begroot was € 110.000).", BbvParagraph.Contribution(party, new ParagraphChoice(ParagraphKind.Jaarstukken, 2026)));
        Assert.Null(BbvParagraph.ContributionFigure(party, new ParagraphChoice(ParagraphKind.Jaarstukken, 2026)));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.Contribution(party, new ParagraphChoice(ParagraphKind.Jaarstukken, 2024)));
    }

    [Theory]
    [InlineData(null, null, "Begroting", 2027)]
    [InlineData("begroting", "2030", "Begroting", 2030)]
    [InlineData("jaarstukken", null, "Jaarstukken", 2025)]
    [InlineData("Jaarstukken", "2024", "Jaarstukken", 2024)]
    [InlineData("onzin", "1800", "Begroting", 2027)]
    [InlineData("jaarstukken", "twintig", "Jaarstukken", 2025)]
    public void Reads_the_version_from_the_address_and_falls_back_to_the_years_around_the_peildatum(string? kind, string? year, string expectedKind, int expectedYear)
    {
        var choice = ParagraphChoice.Parse(kind, year, new DateOnly(2026, 6, 30));

        Assert.Equal((Enum.Parse<ParagraphKind>(expectedKind), expectedYear), (choice.Kind, choice.Year));
    }

    [Fact]
    public void Says_when_the_interests_are_derived_from_the_legal_form_and_not_yet_confirmed()
    {
        var suggested = Party(bodies: [GoverningBody.College]) with
        {
            AdministrativeInterest = AdministrativeInterest.Zetel,
            FinancialInterests = [FinancialInterest.Tekortdekking],
            InterestsAreSuggestion = true,
        };

        Assert.EndsWith("; belangen afgeleid uit de rechtsvorm, nog niet bevestigd.", BbvParagraph.Interest(suggested), StringComparison.Ordinal);
        Assert.DoesNotContain("afgeleid", BbvParagraph.Interest(suggested with { InterestsAreSuggestion = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_peildatum_at_the_end_of_the_calendar_asks_for_a_year_a_paragraph_can_have()
    {
        // The route walk's 9999-12-31: the year after it does not exist, and a DateOnly for it would throw.
        var choice = ParagraphChoice.Parse(null, null, new DateOnly(9999, 12, 31));

        Assert.Equal(FinancialYear.MaxYear, choice.Year);
        Assert.Equal(new DateOnly(FinancialYear.MaxYear + 1, 1, 1), choice.End);
        Assert.Equal(FinancialYear.MinYear, ParagraphChoice.Parse("jaarstukken", null, DateOnly.MinValue).Year);
    }

    [Fact]
    public void Names_the_risk_class_with_the_municipalitys_regime_or_says_there_is_none()
    {
        var paragraph = new VerbondenPartijParagraph(new ParagraphChoice(ParagraphKind.Begroting, 2027), [], [new RiskRegimeRow(3, "Elk kwartaal een rapportage.", 1)]);

        Assert.Equal("Risicoklasse 3: Elk kwartaal een rapportage.", BbvParagraph.Regime(Party(riskClass: 3), paragraph));
        Assert.Equal("Risicoklasse 1; voor deze klasse is geen regime vastgelegd.", BbvParagraph.Regime(Party(riskClass: 1), paragraph));
        Assert.Equal("Risicoklasse niet bepaald.", BbvParagraph.Regime(Party(), paragraph));
        Assert.Equal("Niet geregistreerd.", BbvParagraph.RegimeText(paragraph, 2));
    }

    [Theory]
    [InlineData(1_000_000, 1_200_000, "€ 1.000.000 – € 1.200.000")]
    [InlineData(100_000, -250_000, "€ 100.000 – € -250.000 (negatief eigen vermogen aan het eind van het jaar)")]
    [InlineData(-50_000, 20_000, "€ -50.000 – € 20.000 (negatief eigen vermogen aan het begin van het jaar)")]
    public void Says_so_when_equity_is_negative(double start, double end, string text) =>
        Assert.Equal(text, BbvParagraph.Equity(new FinancialYearRow(2026, (decimal)start, (decimal)end, null, null, null)));

    [Fact]
    public void Names_the_governing_body_when_no_representative_is_registered() =>
        Assert.Equal("Deelname namens college van b en w.", BbvParagraph.Interest(Party(bodies: [GoverningBody.College])));

    [Fact]
    public void Says_so_when_nothing_is_registered()
    {
        Assert.Equal("Deelnemer.", BbvParagraph.Interest(Party()));
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
