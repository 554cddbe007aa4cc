using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The texts of the paragraaf verbonden partijen that the page, Excel and PDF share, so they say the same.</summary>
public static class BbvParagraph
{
    /// <summary>What a field says when the register holds nothing for it: never a dash that reads as a figure.</summary>
    public const string NotRegistered = "Niet geregistreerd.";

    /// <summary>
    /// The municipality's interest: bestuurlijk (who represents it, in which body) and financieel (share and
    /// contribution in the year).
    /// </summary>
    public static string Interest(OverviewParty party, int year)
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

        if (party.CostSharePercentage is { } share)
        {
            parts.Add($"aandeel in de kosten {Labels.Percentage(share)}");
        }

        // The financial interest at the start and the end of the year: last year's contribution and this year's.
        var contributions = new[] { year - 1, year }
            .Select(y => party.ContributionIn(y) is { } amount ? $"{y} {Labels.Euro(amount)}" : null).OfType<string>().ToList();
        if (party.JumpIn(year) is { } jump)
        {
            contributions[^1] += $" ({jump.IncreaseText} meer dan in {year - 1})";
        }

        if (contributions.Count > 0)
        {
            parts.Add("bijdrage " + string.Join(", ", contributions));
        }

        return parts.Count == 0 ? "Deelnemer; geen bijdrage geregistreerd." : Sentence(string.Join("; ", parts));
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
