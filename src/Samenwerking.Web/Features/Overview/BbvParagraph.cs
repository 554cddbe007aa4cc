using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The texts of the paragraaf verbonden partijen that the page, Excel and PDF share, so they say the same.</summary>
public static class BbvParagraph
{
    /// <summary>What a field says when the register holds nothing for it: never a dash that reads as a figure.</summary>
    public const string NotRegistered = "Niet geregistreerd.";

    /// <summary>What the paragraph says above its parties in each version: which article, which year, which figures.</summary>
    public static string Introduction(VerbondenPartijParagraph paragraph, string municipality)
    {
        var year = paragraph.Choice.Year;
        var which = paragraph.Choice.IsBegroting
            ? $"Paragraaf in de begroting {year} (Besluit begroting en verantwoording, artikel 15): de partijen waarin {municipality} in {year} een " +
              $"bestuurlijk én een financieel belang heeft (artikel 1), met de begrote bijdrage voor {year} en de verwachte cijfers van de partij voor {year}."
            : $"Paragraaf in de jaarstukken {year} (Besluit begroting en verantwoording, artikel 26: het jaarverslag verantwoordt wat de " +
              $"paragraaf in de begroting opnam): de partijen waarin {municipality} in {year} een bestuurlijk én een financieel belang had " +
              $"(artikel 1), met de gerealiseerde bijdrage over {year} en de cijfers van de partij over {year}.";
        return which + " Het register houdt per partij en jaar één stel cijfers voor vermogen en resultaat: zoals ze zijn vastgelegd, " +
            "vóór de jaarrekening van de partij de verwachte, daarna de gerealiseerde. Waar niets is vastgelegd staat ‘Niet geregistreerd’.";
    }

    /// <summary>Why the paragraph names a regime per risk class, and that no law asks for it.</summary>
    public static string RegimeIntroduction(string municipality) =>
        $"Hoe {municipality} zijn verbonden partijen volgt, per risicoklasse (1 laag tot 3 hoog), zoals de eigen nota verbonden partijen het " +
        "vastlegt. Zo'n nota is geen wettelijke plicht; het Besluit begroting en verantwoording vraagt in de paragraaf de visie op en de " +
        "beleidsvoornemens omtrent verbonden partijen (artikel 15 lid 1), en veel gemeenten leggen die met hun sturing vast in een nota.";

    /// <summary>Every field of one party's block, in the order of BBV art. 15 lid 2, for the page and the PDF alike.</summary>
    public static IReadOnlyList<(string Label, string Value)> Fields(OverviewParty party, VerbondenPartijParagraph paragraph, string municipality)
    {
        var year = paragraph.Choice.Year;
        var begroting = paragraph.Choice.IsBegroting;
        var fields = new List<(string Label, string Value)>
        {
            ("Rechtsvorm en vestigingsplaats", party.LegalForm.FullLabel() + (party.Seat is null ? "" : $", {party.Seat}")),
            ("Openbaar belang", PublicInterest(party)),
            ($"Belang van {municipality}", Interest(party)),
            (begroting ? $"Begrote bijdrage {year}" : $"Gerealiseerde bijdrage {year}", Contribution(party, paragraph.Choice)),
            ((begroting ? "Verwacht eigen vermogen" : "Eigen vermogen") + $" begin – eind {year}", Equity(party.Finances)),
            ((begroting ? "Verwacht vreemd vermogen" : "Vreemd vermogen") + $" begin – eind {year}", Debt(party.Finances)),
            ((begroting ? "Verwacht financieel resultaat" : "Financieel resultaat") + $" {year}", Result(party.Finances)),
            ("Risico's", Risks(party)),
            ("Sturing (nota verbonden partijen)", Regime(party, paragraph)),
            ("Visie", Text(party.Policy?.Vision)),
            (begroting ? $"Beleidsvoornemens {year}" : $"Beleidsvoornemens {year} (uit de begroting)", Text(party.Policy?.Intentions)),
        };
        if (!begroting)
        {
            fields.Add(($"Verantwoording {year}", Text(party.Policy?.Accountability)));
        }

        return fields;
    }

    /// <summary>The figure of the version: the contribution budgeted for the year (begroting) or realised in it (jaarstukken).</summary>
    public static decimal? ContributionFigure(OverviewParty party, ParagraphChoice choice) =>
        choice.IsBegroting ? party.BudgetedIn(choice.Year) : party.RealisedIn(choice.Year);

    /// <summary>
    /// The contribution of the version, beside what it is compared with: the budget of the year before (begroting) or the
    /// year's own budget (jaarstukken). A rise of more than the threshold is named, as on the overview.
    /// </summary>
    public static string Contribution(OverviewParty party, ParagraphChoice choice)
    {
        var year = choice.Year;
        if (choice.IsBegroting)
        {
            if (party.BudgetedIn(year) is not { } budgeted)
            {
                return NotRegistered;
            }

            if (party.BudgetedIn(year - 1) is not { } before)
            {
                return Labels.Euro(budgeted) + ".";
            }

            var rise = before > 0 && budgeted > before * (1 + MunicipalityOverview.JumpThreshold)
                ? $", {Labels.Percentage(Math.Round((budgeted - before) / before * 100, MidpointRounding.AwayFromZero))} meer"
                : "";
            return $"{Labels.Euro(budgeted)} (begroot voor {year - 1}: {Labels.Euro(before)}{rise}).";
        }

        var planned = party.BudgetedIn(year);
        return party.RealisedIn(year) is { } realised
            ? Labels.Euro(realised) + (planned is { } p ? $" (begroot: {Labels.Euro(p)})." : ".")
            : planned is { } b ? $"Niet geregistreerd (begroot was {Labels.Euro(b)})." : NotRegistered;
    }

    /// <summary>The party's risk class with the municipality's regime for it.</summary>
    public static string Regime(OverviewParty party, VerbondenPartijParagraph paragraph) => party.RiskClass switch
    {
        null => "Risicoklasse niet bepaald.",
        { } riskClass => paragraph.RegimeFor(riskClass) is { } regime
            ? $"Risicoklasse {riskClass}: {regime}"
            : $"Risicoklasse {riskClass}; voor deze klasse is geen regime vastgelegd.",
    };

    /// <summary>The municipality's regime for a class as the paragraph lists it.</summary>
    public static string RegimeText(VerbondenPartijParagraph paragraph, short riskClass) => paragraph.RegimeFor(riskClass) ?? NotRegistered;

    /// <summary>A text the municipality wrote, or that it wrote none.</summary>
    public static string Text(string? text) => string.IsNullOrWhiteSpace(text) ? NotRegistered : text;

    /// <summary>
    /// The municipality's interest: bestuurlijk (who represents it, in which body) and financieel (what it consists of,
    /// and the share in the costs).
    /// </summary>
    public static string Interest(OverviewParty party)
    {
        var parts = new List<string>();
        if (party.Representatives.Count > 0)
        {
            parts.Add("Vertegenwoordigd door " + string.Join(", ", party.Representatives));
        }
        else if (party.GoverningBodies.Count > 0)
        {
            parts.Add($"Deelname namens {party.GoverningBodies.Label().ToLowerInvariant()}");
        }

        if (party.AdministrativeInterest is AdministrativeInterest.Zetel or AdministrativeInterest.Stemrecht)
        {
            parts.Add($"bestuurlijk belang: {party.AdministrativeInterest.Value.Label().ToLowerInvariant()}");
        }

        if (party.FinancialInterests is { Count: > 0 } financial)
        {
            parts.Add($"financieel belang: {financial.Label().ToLowerInvariant()}");
        }

        // Interests the register derived from the legal form (decision 0016) say so until someone confirms them.
        if (party.InterestsAreSuggestion && (party.AdministrativeInterest is not null || party.FinancialInterests is { Count: > 0 }))
        {
            parts.Add("belangen afgeleid uit de rechtsvorm, nog niet bevestigd");
        }

        if (party.CostSharePercentage is { } share)
        {
            parts.Add($"aandeel in de kosten {Labels.Percentage(share)}");
        }

        return parts.Count == 0 ? "Deelnemer." : Sentence(string.Join("; ", parts));
    }

    /// <summary>
    /// The public interest the party serves (BBV art. 15 lid 2 onder b). Where the register holds none of its own, the
    /// regeling's purpose as the national register gives it says what interest it serves; the text says where it is from.
    /// </summary>
    public static string PublicInterest(OverviewParty party) => (party.PublicInterest, party.Purpose) switch
    {
        ({ } publicInterest, _) => publicInterest,
        (null, { } purpose) => $"Volgens het doel van de regeling: {purpose}",
        _ => NotRegistered,
    };

    /// <summary>
    /// Equity at the start and the end of the year, "€ 1.200.000 – € -250.000", saying so when it is negative: the party
    /// then owes more than it owns, which a council must see.
    /// </summary>
    public static string Equity(FinancialYearRow? finances)
    {
        if (finances?.EquityStart is null && finances?.EquityEnd is null)
        {
            return NotRegistered;
        }

        var text = $"{Amount(finances.EquityStart)} – {Amount(finances.EquityEnd)}";
        return (finances.EquityStart < 0, finances.EquityEnd < 0) switch
        {
            (_, true) => text + " (negatief eigen vermogen aan het eind van het jaar)",
            (true, _) => text + " (negatief eigen vermogen aan het begin van het jaar)",
            _ => text,
        };
    }

    /// <summary>Debt at the start and the end of the year.</summary>
    public static string Debt(FinancialYearRow? finances) =>
        finances?.DebtStart is null && finances?.DebtEnd is null
            ? NotRegistered
            : $"{Amount(finances.DebtStart)} – {Amount(finances.DebtEnd)}";

    /// <summary>One end of a range: the amount, or "onbekend" beside a known one.</summary>
    private static string Amount(decimal? value) => value is null ? "onbekend" : Labels.Euro(value);

    /// <summary>The party's result in the year.</summary>
    public static string Result(FinancialYearRow? finances) =>
        finances?.Result is { } result ? Labels.Euro(result) : NotRegistered;

    /// <summary>The arrangement's registered risks, highest class first, with the municipality's risk class.</summary>
    public static string Risks(OverviewParty party)
    {
        var parts = new List<string>();
        if (party.RiskClass is { } riskClass)
        {
            parts.Add($"Risicoklasse {riskClass}");
        }

        parts.AddRange(party.Risks.Select(r => $"{r.Description} (klasse {r.Class}{(r.Mitigation is null ? "" : $"; beheersing: {r.Mitigation}")})"));
        return parts.Count == 0 ? "Geen risico's geregistreerd." : Sentence(string.Join(". ", parts));
    }

    /// <summary>Starts with a capital and ends with a full stop, whichever part comes first.</summary>
    private static string Sentence(string text) => char.ToUpperInvariant(text[0]) + text[1..] + (text.EndsWith('.') ? "" : ".");
}
