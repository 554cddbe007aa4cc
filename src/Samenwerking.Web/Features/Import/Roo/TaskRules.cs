using System.Text.RegularExpressions;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>What a rule looks at.</summary>
internal enum RuleKind
{
    /// <summary>A legal basis, by its normalised key (<see cref="TaskRules.LawKey"/>).</summary>
    Law,

    /// <summary>A policy area, by its exact label ("natuur en milieu | afval").</summary>
    Area,

    /// <summary>Words in the title, citeertitel or the name of the body.</summary>
    Name,

    /// <summary>Words in the purpose or the power articles, unless a negation just before cancels them.</summary>
    Text,

    /// <summary>Words in the purpose only.</summary>
    PurposeText,

    /// <summary>Words in purpose or powers that count only for a "Regio …" body.</summary>
    RegionText,
}

/// <summary>One piece of evidence for a task; a supporting rule suggests nothing on its own.</summary>
internal sealed record Rule(RuleKind Kind, string Pattern, string Label, bool IsSupport = false)
{
    public Regex? Regex { get; } = Kind is RuleKind.Law or RuleKind.Area ? null : new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
}

/// <summary>
/// The rules per catalog task (by code), as data: a task's strong rules suggest it on their own, its supporting rules
/// only together (two kinds, one of them a policy area or the name). <see cref="Unless"/> names tasks a law-only match
/// yields to. Every pitfall these rules avoid is in /work/notes/task-catalog-research.md §3–4 and decision 0021.
/// </summary>
internal sealed record TaskRuleSet(string Code, Rule[] Rules, string[] Unless, bool NoSupportCombination = false)
{
    public TaskRuleSet(string code, params Rule[] rules) : this(code, rules, []) { }
}

internal static class TaskRules
{
    private static Rule Law(string key, string label, bool support = false) => new(RuleKind.Law, key, label, support);

    private static Rule Area(string label, bool support = false) => new(RuleKind.Area, label, label, support);

    private static Rule Name(string pattern, string label, bool support = false) => new(RuleKind.Name, pattern, label, support);

    private static Rule Text(string pattern, string label, bool support = false) => new(RuleKind.Text, pattern, label, support);

    private static Rule Purpose(string pattern, string label) => new(RuleKind.PurposeText, pattern, label);

    private static Rule Region(string pattern, string label) => new(RuleKind.RegionText, pattern, label);

    private const string VeiligheidsregioName = "veiligheidsregio|veiligheids- en gezondheidsregio";

    public static readonly TaskRuleSet[] Catalog =
    [
        new("REGIO",
            Name("euregio|grensoverschrijdend", "grensoverschrijdende samenwerking (Euregio)"),
            Text("grensoverschrijdend", "grensoverschrijdende samenwerking"),
            Name("bestuurlijke samenwerking", "bestuurlijke samenwerking"),
            Purpose("bestuurlijk overleg|bestuurlijke samenwerking", "bestuurlijk overleg in de regio"),
            Region(@"regionale agenda|regio-?agenda|belangenbehartiging|lobby|regiodeal|profiel van de regio|positie van de regio|positioneren|regionale (strategische|opgave)|strategische agenda|ontwikkeling van de regio", "regionale agenda/belangenbehartiging")),
        new("REKENKAMER", Name("rekenkamer", "rekenkamer"), Text("rekenkamer(?!functie)", "rekenkamer")),
        new("OMBUDS", Name("ombudsman|ombudscommissie", "ombudsman"), Text("gezamenlijke ombudsman|ombudscommissie", "ombudsman")),
        new("ICT",
            Name(@"\bict|i&it|informatievoorziening|automatisering", "ICT"),
            Text(@"\bict(\b|[a-z]\.)|\bi&it\b|\bit-diensten|informatie- en communicatietechnologie|automatisering|op het gebied van (de )?it\b|informatievoorziening, data", "ICT/informatievoorziening"),
            Area("organisatie en bedrijfsvoering | informatievoorziening en ict", support: true)),
        new("BEDRIJFSVOERING",
            Name("bedrijfsvoering(?!sorganisatie)|shared service", "bedrijfsvoering/shared service"),
            Text(@"\bhrm\b|p&o|salarisadministratie|facilitaire zaken|inkoop en contractmanagement|bedrijfsvoeringsprocessen|bedrijfsvoeringsgebieden|piofach", "bedrijfsvoeringstaken")),
        new("WERKORG",
            Name("werkorganisatie|ambtelijke samenwerking|ambtelijke fusie", "werkorganisatie"),
            Text("uitvoering (door|van) (de|het) [a-z ]{2,30} van de door de (deelnemende )?gemeenten (aan het openbaar lichaam )?(opgedragen|overgedragen)|ambtelijke (fusie|samenwerking)", "gedeelde ambtelijke organisatie")),
        new("WOZ", Law("wet_woz", "Wet waardering onroerende zaken"), Text(@"waardering onroerende zaken|\bwoz\b|waardebepaling", "Wet WOZ")),
        new("BELASTING",
            Name("belasting|heffing", "belastingen"),
            Text("(heffing|heffen) en (de )?(invordering|invorderen) van (de )?(gemeentelijke )?(rechten en )?belasting|invordering van (de )?(gemeentelijke )?belasting|belastingorganisatie|belastingkantoor|kwijtschelding|(heffen|heffing|innen|inning) (en (invorderen|innen) )?van (de )?(gemeentelijke )?belastingen", "heffing en invordering"),
            Area("overheidsfinanciën | belasting", support: true)),
        new("BRANDWEER",
            Law("wvr", "Wet veiligheidsregio’s (art. 9, 10 onder e)"), Law("brandweerwet", "Brandweerwet 1985 (vervallen)", support: true),
            Name(VeiligheidsregioName, "veiligheidsregio"),
            Text("brandweerzorg|regionale brandweer|instellen en in stand houden van een brandweer", "brandweerzorg")),
        new("CRISIS",
            Law("wvr", "Wet veiligheidsregio’s (art. 10 onder a–d en g)"),
            Name(VeiligheidsregioName, "veiligheidsregio"),
            Purpose("rampenbestrijding|crisisbeheersing|bevolkingszorg", "rampenbestrijding/crisisbeheersing")),
        // The GHOR is the veiligheidsregio's by law (Wvr art. 10 onder f, art. 32), even where a GGD's purpose names the
        // geneeskundige hulpverlening it helps with: suggested there too, a municipality would hold the task twice.
        new("GHOR",
            Law("wvr", "Wet veiligheidsregio’s (art. 10 onder f)"), Law("wghor", "Wet GHOR (vervallen)", support: true),
            Name(VeiligheidsregioName, "veiligheidsregio")),
        new("ECONOMIE",
            Region("economische ontwikkeling|economisch(e)? profiel|sociaal-?economische ontwikkeling|vestigingsklimaat|economie[, &]|economische structuur|kenniseconomie|toerisme", "economie"),
            Area("economie", support: true)),
        new("BEDRIJVENTERREIN",
            Name("bedrijventerrein|bedrijvenschap|industrieschap|havenschap", "bedrijventerrein/haven"),
            Text("(aanleg|exploit|ontwikkel|realiser|beheer|herstructur)[a-z0-9 ,]{0,40}(bedrijventerrein|industrieterrein|havens)", "aanleg/exploitatie bedrijventerreinen")),
        new("LEERPLICHT",
            Law("leerplichtwet", "Leerplichtwet 1969 (art. 16, 17)"),
            Name("leerplicht|schoolverzuim", "leerplicht"), Text("leerplicht(?!ambtena)|schoolverzuim", "leerplicht")),
        new("RMC",
            Law("rmc", "RMC-regels (WVO art. 118h, WEB art. 8.3.2)"),
            Name(@"meld- en co.rdinatie|voortijdig schoolverlat|\brmc\b", "RMC"),
            Text(@"meld- en co.rdinatiefunctie|voortijdig schoolverlat|\brmc\b|8\.3\.2", "RMC/voortijdig schoolverlaten")),
        new("LEERLINGENVERVOER", Text("leerlingenvervoer|leerlingvervoer", "leerlingenvervoer"), Name("leerlingenvervoer", "leerlingenvervoer")),
        // The Archiefwet as a legal basis alone is no signal: its art. 40 obliges every GR to care for its own archive.
        new("ARCHIEF",
            Name(@"archief|historisch (informatie ?)?centrum|\brhc\b", "archief/historisch centrum"),
            Text("archiefbewaarplaats|gemeentearchivaris|streekarchivaris|regionaal historisch centrum|archiefbescheiden van de (deelnemers|gemeenten)", "archiefbewaarplaats/archivaris")),
        new("ERFGOED",
            Law("monumentenwet", "Monumentenwet 1988 (nu Erfgoedwet)"),
            Name("archeologie|monumentenzorg|erfgoed", "erfgoed"), Text("archeologi|monumentenzorg|werelderfgoed", "monumenten/archeologie")),
        new("RECREATIE",
            Name(@"recreatie|\bgroen(?!e\b)|grenspark|\bpark\b|natuur", "recreatie/groen"),
            Text("openluchtrecreatie|recreatiegebied|recreatieve (voorzieningen|verbindingen)|groengebied|beheer van (het )?park|natuurlijk landschap", "openluchtrecreatie/groen"),
            Area("cultuur en recreatie | recreatie")),
        new("VEILIGTHUIS",
            Name("veilig thuis", "Veilig Thuis"),
            Text(@"veilig thuis|advies- en meldpunt|meldpunt huiselijk geweld|aanpak van huiselijk geweld|4\.1\.1 van de wet maatschappelijke", "Veilig Thuis/meldpunt huiselijk geweld")),
        new("BIJSTAND",
            Law("ioaw", "IOAW"), Law("ioaz", "IOAZ"), Law("participatiewet", "Participatiewet", support: true),
            Name(@"sociale dienst|sociale zaken|werkplein|\bisd\b|werk, inkomen|sociale recherche", "sociale dienst/werk en inkomen"),
            Text(@"bijstand|werk en inkomen|inkomensvoorziening|\bioaw\b|\bioaz\b|\bbbz\b|minimaregeling|levensonderhoud|sociale zekerheidsregelingen|bijstandsuitkering", "bijstand/inkomen"),
            Area("sociale zekerheid", support: true),
            Text("participatiewet", "Participatiewet genoemd", support: true)),
        new("SCHULD",
            Law("wgs", "Wet gemeentelijke schuldhulpverlening"),
            Name("schuldhulp|kredietbank|kredietverlening", "schuldhulp/kredietbank"),
            Text("schuldhulp|schuldregeling|schuldsanering|budgetbeheer|schuldenlast", "schuldhulpverlening")),
        new("WSW",
            Law("wsw", "Wet sociale werkvoorziening"),
            Name("werkvoorziening", "werkvoorziening"),
            Name("participatiebedrijf|werkbedrijf|leerbedrijf", "werk-/participatiebedrijf", support: true),
            Text(@"sociale werkvoorziening|\bwsw\b|beschut werk|beschutte omgeving", "Wsw/beschut werk"),
            Text("gesubsidieerde arbeid", "gesubsidieerde arbeid", support: true)),
        new("REINTEGRATIE",
            Name("werkgeversservicepunt|participatiebedrijf|werkbedrijf|leerbedrijf|werkplein", "werk/participatie"),
            Text("re-?integratie|reïntegratie|arbeidsinschakeling|arbeidsparticipatie|arbeidsintegratie|werkgeversdienstverlening|afstand tot de (reguliere )?arbeidsmarkt|passende (arbeid|werkgelegenheid)", "re-integratie/arbeidsparticipatie"),
            Law("participatiewet", "Participatiewet", support: true),
            Area("werk", support: true),
            Text("participatiewet", "Participatiewet genoemd", support: true)),
        new("WMO",
            [
                Law("wmo", "Wet maatschappelijke ondersteuning", support: true),
                Name(@"\bwmo\b", "Wmo"),
                Text(@"\bwmo\b(?! 2015 en artikel 160)|maatschappelijke ondersteuning(?! 2015 en de daaronder)|hulp bij het huishouden|maatwerkvoorziening|hulpmiddelen", "Wmo"),
            ],
            ["VEILIGTHUIS", "BWMO"]),
        new("VERVOER",
            Law("wvg", "Wet voorzieningen gehandicapten (voorloper Wmo-vervoer)"),
            Name("collectief vervoer|doelgroepenvervoer|publiek vervoer|regiotaxi", "vervoer"),
            Text("doelgroepenvervoer|collectief vervoer|vraagafhankelijk vervoer|vraaggestuurd vervoer|regiotaxi|wmo-vervoer", "doelgroepenvervoer")),
        new("JEUGDHULP",
            [
                Law("jeugdwet", "Jeugdwet (art. 2.3, 2.6, 2.8)"),
                Name("jeugd(?!gezondheid)", "jeugd"),
                Text(@"jeugdhulp|jeugdzorg|specialistische jeugd|jeugdtaken|in het kader van de jeugdwet|wmo, jeugd\b", "jeugdhulp"),
                Area("zorg en gezondheid | jeugdzorg"),
            ],
            ["VEILIGTHUIS"]),
        new("JEUGDBESCHERMING",
            Text("jeugdbescherming(?!stafel)|jeugdreclassering|kinderbeschermingsmaatregel|gecertificeerde instelling", "jeugdbescherming/jeugdreclassering")),
        new("BWMO",
            Name("beschermd wonen|maatschappelijke zorg|(?<!kinder)opvang", "beschermd wonen/opvang"),
            Text("beschermd wonen|maatschappelijke opvang|vrouwenopvang|dak- en thuislo|opvang en beschermd|beschermd wonen en opvang", "beschermd wonen/opvang")),
        new("PG",
            Law("wpg", "Wet publieke gezondheid (art. 2, 6, 14)", support: true),
            Law("wcpv", "Wet collectieve preventie volksgezondheid (vervallen)", support: true),
            Name(@"\bggd\b|gezondheidsdienst|gezondheidsregio", "GGD"),
            Text("(?<!wet )publieke gezondheid(szorg)?(?! krachtens)|openbare gezondheidszorg|gemeentelijke gezondheidsdienst|regionale gezondheidsdienst|infectieziektebestrijding", "publieke gezondheid/GGD")),
        new("JGZ",
            Text(@"jeugdgezondheidszorg|\bjgz\b|consultatiebureau|artikel(en)? (2, )?5(,| en) (5a, )?.{0,20}(wet publieke gezondheid|wpg)|artikel 5, tweede lid, onder a", "jeugdgezondheidszorg (art. 5 Wpg)")),
        new("RIOLERING",
            Name("afvalwater|riolering|gemalen", "afvalwater"),
            Text("afvalwaterketen|riolering|rioolgemal|rioolbeheer|afvalwater", "riolering/afvalwater")),
        new("AFVAL",
            [
                Name("afval(?!water)|reiniging|vuil", "afval"),
                Text("inzamel(en|ing) (en (be|ver)werken )?van (huishoudelijke )?afval(?!water)|afvalverwerking|afvalverwijdering|verwerking van afval(?!water)|afvalinzameling|huishoudelijke afvalstoffen|afvalbeheer|reinigingstaken|vuilafvoer", "afvalinzameling/-verwerking"),
                Area("natuur en milieu | afval", support: true),
                Law("wm", "Wet milieubeheer", support: true),
            ],
            [],
            NoSupportCombination: true),
        new("OMGEVINGSDIENST",
            Name("omgevingsdienst|milieudienst|uitvoeringsdienst", "omgevingsdienst"),
            Law("wabo", "Wet algemene bepalingen omgevingsrecht", support: true),
            Law("omgevingswet", "Omgevingswet (art. 18.21)", support: true),
            Law("wbb", "Wet bodembescherming", support: true),
            Text(@"basistakenpakket omgevingsdienst|milieuvoorschriften|milieutaken|18\.21 van de omgevingswet|(?<!bepalingen )(?<!besluit )omgevingsrecht", "VTH milieu/omgevingsrecht")),
        new("VTHBOUW",
            Law("woningwet", "Woningwet"),
            Name(@"\bvvth\b|\bvth\b|welstand", "VTH/welstand"),
            Text(@"welstand|bouw- en woningtoezicht|vergunningverlening, toezicht en handhaving \(vth\)|veiligheid, vergunningverlening, toezicht en handhaving", "bouw-/woningtoezicht, VTH")),
        new("RO",
            Name("gebiedsontwikkeling", "gebiedsontwikkeling"),
            Text("gebiedsontwikkeling", "gebiedsontwikkeling"),
            Region("structuurvisie|ruimtelijke ontwikkeling|ruimtelijke ordening", "ruimtelijke ordening"),
            Area("ruimte en infrastructuur | ruimtelijke ordening", support: true)),
    ];

    /// <summary>The stable key of a law: the BWBR id in the reference names it (titles vary and laws get renamed).</summary>
    private static readonly Dictionary<string, string> LawByBwbr = new()
    {
        ["BWBR0003740"] = "wgr", ["BWBR0005416"] = "gemeentewet", ["BWBR0005537"] = "awb", ["BWBR0005645"] = "provinciewet",
        ["BWBR0014606"] = "bbv", ["BWBR0045754"] = "woo", ["BWBR0032249"] = "wnt", ["BWBR0003718"] = "arhi",
        ["BWBR0024705"] = "wpg", ["BWBR0004760"] = "wcpv", ["BWBR0005276"] = "wghor",
        ["BWBR0027466"] = "wvr", ["BWBR0003764"] = "brandweerwet", ["BWBR0031788"] = "politiewet",
        ["BWBR0043925"] = "ambulancezorg", ["BWBR0031557"] = "ambulancezorg", ["BWBR0002757"] = "ambulancezorg",
        // The Wet werk en bijstand was renamed Participatiewet: the same id.
        ["BWBR0008903"] = "wsw", ["BWBR0015703"] = "participatiewet",
        ["BWBR0004044"] = "ioaw", ["BWBR0004163"] = "ioaz",
        ["BWBR0020031"] = "wmo", ["BWBR0035362"] = "wmo", ["BWBR0035733"] = "wmo",
        ["BWBR0034925"] = "jeugdwet", ["BWBR0024649"] = "huisverbod",
        ["BWBR0007376"] = "archiefwet", ["BWBR0007748"] = "archiefwet",
        ["BWBR0007119"] = "wet_woz",
        ["BWBR0003245"] = "wm", ["BWBR0024779"] = "wabo", ["BWBR0037885"] = "omgevingswet", ["BWBR0041278"] = "omgevingswet",
        ["BWBR0003994"] = "wbb",
        ["BWBR0002628"] = "leerplichtwet", ["BWBR0013111"] = "rmc", ["BWBR0013103"] = "rmc",
        ["BWBR0017017"] = "wko", ["BWBR0004471"] = "monumentenwet", ["BWBR0005181"] = "woningwet",
        ["BWBR0006169"] = "wvg", ["BWBR0033715"] = "brp", ["BWBR0005108"] = "waterschapswet",
    };

    /// <summary>Without an id that is known, the title decides (lower case, apostrophes folded).</summary>
    private static readonly (Regex Pattern, string Key)[] LawByTitle =
    [
        (new("gemeenschappelijke regelingen|^wgr$"), "wgr"), (new("^gemeentewet"), "gemeentewet"),
        (new("publieke gezondheid"), "wpg"), (new("veiligheidsregio"), "wvr"), (new("sociale werkvoorziening"), "wsw"),
        (new("participatiewet|wet werk en bijstand"), "participatiewet"), (new("maatschappelijke ondersteuning|wmo"), "wmo"),
        (new("^jeugdwet"), "jeugdwet"), (new("archiefwet|archiefbesluit"), "archiefwet"), (new("waardering onroerende zaken"), "wet_woz"),
        (new("^wet milieubeheer"), "wm"), (new("algemene bepalingen omgevingsrecht"), "wabo"), (new("^omgevings(wet|besluit)"), "omgevingswet"),
        (new("leerplichtwet"), "leerplichtwet"), (new("meld- en co.rdinatie"), "rmc"), (new("kinderopvang"), "wko"),
        (new("gemeentelijke schuldhulpverlening"), "wgs"), (new("ambulance"), "ambulancezorg"), (new("brandweerwet"), "brandweerwet"),
    ];

    public static string LawKey(string title, string? url)
    {
        if (Bwbr().Match(url ?? "") is { Success: true } id && LawByBwbr.TryGetValue(id.Value, out var key))
        {
            return key;
        }

        var folded = title.ToLowerInvariant().Replace('’', '\'');
        return LawByTitle.FirstOrDefault(l => l.Pattern.IsMatch(folded)).Key ?? $"other:{folded}";
    }

    private static Regex Bwbr() => BwbrPattern;

    private static readonly Regex BwbrPattern = new(@"BWBR\d{7}", RegexOptions.CultureInvariant);
}
