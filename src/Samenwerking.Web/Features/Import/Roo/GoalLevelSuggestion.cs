using System.Text.RegularExpressions;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// A goal level the import proposes, with the reason an administrator reads before confirming it. It follows the
/// definitions of the BZK letter of 2015: the goal decides, not the legal form. A regional body with a broad agenda is
/// strategic; carrying out a sectoral policy task (often by law) is tactical; shared business operations — ICT, taxes,
/// archive, staff, a work organisation, transport or waste handling without policy of its own — are operational.
/// Tuned and measured on a hand-labelled third of the national register: docs/goal-levels.md.
/// </summary>
public sealed partial record GoalLevelSuggestion(GoalLevel GoalLevel, string Reason)
{
    /// <summary>Themes of a broad regional agenda; two or more in name and purpose make it integral, not sectoral.</summary>
    private static readonly (Regex Pattern, string Theme)[] AgendaThemes =
    [
        (Theme(@"econom"), "economie"), (Theme(@"wonen|woning|huisvest"), "wonen"),
        (Theme(@"mobiliteit|bereikbaar|verkeer|infrastructu"), "mobiliteit"), (Theme(@"ruimtelijk|ruimte"), "ruimte"),
        (Theme(@"duurzaam|energie|klimaat"), "duurzaamheid"), (Theme(@"arbeidsmarkt|onderwijs"), "arbeidsmarkt en onderwijs"),
        (Theme(@"toeris|recreat"), "toerisme en recreatie"), (Theme(@"leefbaar|vitali"), "leefbaarheid"),
        (Theme(@"landbouw|platteland"), "landbouw en platteland"), (Theme(@"cultuur"), "cultuur"),
    ];

    /// <summary>Names of shared business operations, with the words the reason uses.</summary>
    private static readonly (Regex Pattern, string Operation)[] Operations =
    [
        (Theme(@"bedrijfsvoering"), "bedrijfsvoering"), (Theme(@"werkorganisatie"), "een werkorganisatie"),
        (Theme(@"ambtelijke"), "ambtelijke samenwerking"), (Theme(@"shared service"), "een shared service centre"),
        (Theme(@"\bict\b|i&it|informatievoorziening|automatisering|informatisering"), "ICT"),
        (Theme(@"belasting|\bwoz\b|heffing en invordering"), "belastingen"),
        (Theme(@"archief|historisch\s+(informatie\s*)?centrum"), "archiefbeheer"), (Theme(@"salaris|personeels"), "personeelszaken"),
        (Theme(@"vervoer"), "vervoer"), (Theme(@"afvalwater|riolering|rioolbeheer"), "afvalwaterbeheer"),
        (Theme(@"inzameling"), "inzameling"),
    ];

    /// <summary>The policy areas of shared business operations alone (organisation, finances).</summary>
    private static readonly HashSet<string> OperationalAreas = ["organisatie en bedrijfsvoering", "financiën", "financien", "overheidsfinanciën"];

    public static GoalLevelSuggestion For(RooRegeling regeling)
    {
        var name = $"{regeling.Title} {regeling.CitationTitle}".ToLowerInvariant();
        // Without a purpose in the register, the articles that transfer powers say what the regeling is for.
        var purpose = (regeling.Purpose ?? string.Join(' ', regeling.Powers.Select(p => p.Text))).ToLowerInvariant();
        var laws = string.Join(' ', regeling.LegalBases.Select(b => b.Title)).ToLowerInvariant();
        var themes = AgendaThemes.Where(t => t.Pattern.IsMatch($"{purpose} {name}")).Select(t => t.Theme).ToList();
        var isSectoral = SectoralName().IsMatch(name);
        var agenda = RegionalAgenda().Match(purpose);

        if (RegionName().IsMatch(name) && !isSectoral && (themes.Count >= 2 || agenda.Success))
        {
            return new(GoalLevel.Strategisch, $"Een regio met een regionale agenda ({Describe(themes, agenda)}): invloed bundelen voor regionale strategie.");
        }

        if (Euregio().IsMatch(name) || Euregio().IsMatch(purpose[..Math.Min(purpose.Length, 300)]))
        {
            return new(GoalLevel.Strategisch, "Een Euregio: grensoverschrijdende regionale ontwikkeling en belangenbehartiging.");
        }

        if (agenda.Success && themes.Count >= 2 && !isSectoral)
        {
            return new(GoalLevel.Strategisch, $"Het doel noemt '{agenda.Value}' over meerdere terreinen ({string.Join(", ", themes)}): regionale strategie.");
        }

        if (Waste().IsMatch(name) && !purpose.Contains("beleid", StringComparison.Ordinal))
        {
            return new(GoalLevel.Operationeel, "Afvalinzameling of -verwerking zonder eigen beleidstaak: gezamenlijke uitvoering voor kwaliteit en lagere kosten.");
        }

        if (SectoralLaw().Match(laws) is { Success: true } law && !ArchiveOrTaxes().IsMatch(name))
        {
            return new(GoalLevel.Tactisch, $"De wettelijke grondslag noemt '{law.Value}': samen een beleidstaak uitvoeren die voor één gemeente te groot is.");
        }

        foreach (var (pattern, operation) in Operations)
        {
            if (pattern.IsMatch(name) && !(operation == "inzameling" && purpose.Contains("beleid", StringComparison.Ordinal)))
            {
                return new(GoalLevel.Operationeel, $"De naam noemt {operation}: gezamenlijke bedrijfsvoering voor kwaliteit en lagere kosten.");
            }
        }

        if (SocialDomain().Match(purpose) is { Success: true } social)
        {
            return new(GoalLevel.Tactisch, $"Het doel noemt {social.Value}: beleidsuitvoering in het sociaal domein.");
        }

        var areas = regeling.PolicyAreas.Select(a => a.Split('|')[0].Trim().ToLowerInvariant()).ToHashSet();
        if (areas.Count > 0 && areas.IsSubsetOf(OperationalAreas))
        {
            return new(GoalLevel.Operationeel, "Alleen beleidsterreinen van organisatie, bedrijfsvoering en financiën.");
        }

        var opening = purpose[..Math.Min(purpose.Length, 400)];
        foreach (var (pattern, operation) in Operations)
        {
            if (pattern.IsMatch(opening))
            {
                return new(GoalLevel.Operationeel, $"Het doel noemt {operation}: gezamenlijke bedrijfsvoering voor kwaliteit en lagere kosten.");
            }
        }

        return new(GoalLevel.Tactisch,
            "Samen taken uitvoeren die voor één gemeente te groot of te complex zijn; geen regionale agenda en niet alleen bedrijfsvoering.");
    }

    private static string Describe(List<string> themes, Match agenda) =>
        themes.Count >= 2 ? string.Join(", ", themes) : $"'{agenda.Value}'";

    private static Regex Theme(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    /// <summary>"Regio X", stadsregio, metropoolregio as a word of its own, not "veiligheidsregio".</summary>
    [GeneratedRegex(@"(^|[^a-z])(stads|metropool|eu)?regio([^a-z]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();

    [GeneratedRegex(@"veiligheid|ggd|gezondheid|omgevingsdienst|milieudienst|(?<!samen)werk|participatie|sociale|jeugd|wmo|zorg|afval|reiniging|archief|belasting|\bict\b|recreatie|natuur|leerplicht|vervoer|haven|bedrijventerrein|bedrijvenschap|industrieschap|grenspark|geopark|ombudsman|rekenkamer|kredietbank|schuld|huisvesting|werkvoorziening|isd|dienst", RegexOptions.CultureInvariant)]
    private static partial Regex SectoralName();

    [GeneratedRegex(@"regionale agenda|regio-agenda|belangenbehartiging|strategi|profiler|positie van de regio|lobby|gezamenlijke belangen van de regio|regiodeal|ontwikkeling van de regio|versterking van de regio|sociaal-economische|sociaaleconomische|positioneer|positioneren|regionale opgave", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalAgenda();

    [GeneratedRegex(@"euregio", RegexOptions.CultureInvariant)]
    private static partial Regex Euregio();

    [GeneratedRegex(@"afval|vuil|reiniging", RegexOptions.CultureInvariant)]
    private static partial Regex Waste();

    [GeneratedRegex(@"veiligheidsregio|publieke gezondheid|sociale werkvoorziening|participatiewet|jeugdwet|maatschappelijke ondersteuning|omgevingswet|milieubeheer|leerplicht|kinderopvang|afvalstoffen|wet werk en bijstand|gemeentelijke schuldhulpverlening", RegexOptions.CultureInvariant)]
    private static partial Regex SectoralLaw();

    [GeneratedRegex(@"archief|belasting", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveOrTaxes();

    [GeneratedRegex(@"\bwmo\b|jeugd|participatie|schuldhulp|inburgering|sociale werkvoorziening|beschermd wonen", RegexOptions.CultureInvariant)]
    private static partial Regex SocialDomain();
}
