using Samenwerking.Testing;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

/// <summary>
/// The task rules on texts as the national register writes them (quoted from real regelingen), their guards against the
/// pitfalls the research found, and their reach on the half export.
/// </summary>
public sealed class TaskSuggestionTests
{
    private static RooRegeling Regeling(
        string title, string? purpose = null, string[]? powers = null, string[]? areas = null, (string Title, string? Url)[]? laws = null) =>
        new("1", 1, title, null, "OL", [], (powers ?? []).Select(p => new RooPower("Artikel 3", p)).ToList(), areas ?? [], purpose, title, null, null, [],
            (laws ?? []).Select(l => new RooLegalBasis(l.Title, l.Url)).ToList(), new DateOnly(2020, 1, 1), null, null, null, [], []);

    private static Dictionary<string, string> Suggest(RooRegeling regeling) =>
        TaskSuggestion.For(regeling).ToDictionary(s => s.TaskCode, s => s.Reason);

    private static readonly (string, string?) Wgr = ("Wet gemeenschappelijke regelingen", "https://wetten.overheid.nl/BWBR0003740");
    private static readonly (string, string?) Wvr = ("Wet veiligheidsregio’s", "https://wetten.overheid.nl/BWBR0027466");
    private static readonly (string, string?) Wpg = ("Wet publieke gezondheid", "https://wetten.overheid.nl/BWBR0024705");

    [Fact]
    public void A_veiligheidsregio_carries_fire_service_crisis_and_ghor_but_not_public_health_for_citing_the_wpg()
    {
        var tasks = Suggest(Regeling("Gemeenschappelijke regeling Veiligheidsregio Utrecht",
            powers: ["Aan het bestuur van de veiligheidsregio worden de bevoegdheden, genoemd in artikel 10 van de Wet veiligheidsregio’s overgedragen."],
            laws: [Wgr, Wvr, Wpg]));

        Assert.Equal(["BRANDWEER", "CRISIS", "GHOR"], tasks.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("wettelijke grondslag: Wet veiligheidsregio’s", tasks["BRANDWEER"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_ggd_gets_public_health_and_youth_health_care_unless_the_text_excludes_it()
    {
        var ggd = Regeling("Gemeenschappelijke regeling GGD Hollands Noorden",
            purpose: "Het openbaar lichaam heeft tot doel de uitvoering van de taken op het gebied van de publieke gezondheidszorg.",
            powers: ["Aan het bestuur worden de taken opgedragen van de jeugdgezondheidszorg als bedoeld in artikel 5 van de Wet publieke gezondheid."],
            laws: [Wgr, Wpg]);
        var haaglanden = Regeling("Gemeenschappelijke regeling GGD en VT Haaglanden",
            powers: ["De taken … aan de gemeentelijke gezondheidsdienst als bedoeld in artikel 14, tweede lid, van de Wet publieke gezondheid, " +
                "uitgezonderd de taken en bevoegdheden inzake jeugdgezondheidszorg."],
            laws: [Wgr, Wpg]);

        var tasks = Suggest(ggd);
        Assert.Contains("PG", tasks.Keys);
        Assert.Contains("JGZ", tasks.Keys);
        Assert.Contains("titel: “ggd” (GGD)", tasks["PG"], StringComparison.Ordinal);
        Assert.Contains("wettelijke grondslag: Wet publieke gezondheid", tasks["PG"], StringComparison.Ordinal);
        Assert.Contains("PG", Suggest(haaglanden).Keys);
        Assert.DoesNotContain("JGZ", Suggest(haaglanden).Keys);
    }

    [Fact]
    public void An_omgevingsdienst_is_found_by_its_name_and_purpose_though_it_transfers_no_powers()
    {
        var tasks = Suggest(Regeling("Omgevingsdienst IJsselland",
            purpose: "De omgevingsdienst heeft tot doel de uitvoering van vergunningverlening, toezicht en handhaving in het kader van het omgevingsrecht.",
            powers: ["Aan het bestuur worden door de deelnemers geen bevoegdheden overgedragen."],
            areas: ["natuur en milieu | afval"], laws: [Wgr]));

        Assert.Equal(["OMGEVINGSDIENST"], tasks.Keys);
        Assert.Contains("doel: “", tasks["OMGEVINGSDIENST"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sociale_dienst_with_laws_listed_in_its_powers_gets_income_debt_work_and_wsw()
    {
        var tasks = Suggest(Regeling("Gemeenschappelijke regeling Stroomopwaarts MVS",
            powers: ["Aan het bestuur … worden de bevoegdheden … gedelegeerd: a. Participatiewet; b. IOAW; c. IOAZ; d. Wet gemeentelijke " +
                "schuldhulpverlening; e. re-integratie van uitkeringsgerechtigden; m. Wet sociale werkvoorziening."],
            laws: [Wgr, ("Wet sociale werkvoorziening", "https://wetten.overheid.nl/BWBR0008903"), ("Participatiewet", "https://wetten.overheid.nl/BWBR0015703")]));

        Assert.Superset(new HashSet<string> { "BIJSTAND", "SCHULD", "WSW", "REINTEGRATIE" }, tasks.Keys.ToHashSet());
    }

    private static readonly (string, string?) Wsw = ("Wet sociale werkvoorziening", "https://wetten.overheid.nl/BWBR0008903");
    private static readonly (string, string?) Participatiewet = ("Participatiewet", "https://wetten.overheid.nl/BWBR0015703");

    [Fact]
    public void A_wsw_body_is_sociale_werkvoorziening_not_reintegration_though_its_purpose_speaks_of_arbeidsinschakeling()
    {
        // Werkvoorzieningschap IJsselmeergroep 2020 and Werkvoorzieningschap Noordoost-Brabant, as registered.
        var ijsselmeer = Suggest(Regeling("Gemeenschappelijke Regeling Werkvoorzieningschap IJsselmeergroep 2020",
            purpose: "Deze regeling wordt getroffen ter behartiging van het belang om de arbeidsinschakeling van daartoe geïndiceerde personen op " +
                "grond van de Wsw, waarvoor de gemeenten verantwoordelijk zijn, mogelijk te maken.",
            powers: ["1. Aan het bestuur van het Werkvoorzieningschap zijn, ter behartiging van het in artikel 4 genoemde belang, de volgende " +
                "bevoegdheden en taken overgedragen:a. het uitoefenen van het werkgeverschap van Wsw-medewerkers en de daarbij behorende bevoegdheden " +
                "die bij of krachtens de Wsw aan de gemeentebesturen zijn toegekend, voor zover deze strekken tot arbeidsinschakeling van daartoe " +
                "geïndiceerde personen, waarvoor de gemeenten verantwoordelijk zijn;"],
            laws: [("Gemeentewet", null), Wgr, Wsw]));
        var noordoostBrabant = Suggest(Regeling("Gemeenschappelijke regeling Werkvoorzieningschap Noordoost-Brabant",
            purpose: "Werkvoorzieningschap Noordoost-Brabant heeft tot doel: het continueren van een gemeenschappelijke voorziening ter integrale " +
                "uitvoering van de Wet sociale werkvoorziening en de daaruit voortvloeiende en daarmee verband houdende voorschriften en regelingen, " +
                "alsmede andere vormen van gesubsidieerde arbeid.Met name wordt bevorderd dat inwoners uit de regio Noordoost-Brabant met een grote " +
                "afstand tot de reguliere arbeidsmarkt, hulp wordt geboden bij het verkrijgen van betaald werk.",
            powers: ["Werkvoorzieningschap Noordoost-Brabant is werkgever van werknemers in het kader van de Wsw."],
            laws: [Wgr]));

        Assert.Equal(["WSW"], ijsselmeer.Keys);
        Assert.Contains("wettelijke grondslag: Wet sociale werkvoorziening", ijsselmeer["WSW"], StringComparison.Ordinal);
        Assert.Equal(["WSW"], noordoostBrabant.Keys);
    }

    [Fact]
    public void A_wsw_body_that_also_names_the_participatiewet_or_reintegration_in_its_own_words_gets_both()
    {
        // Amstelland en Meerlanden Werkorganisatie (the Participatiewet) and WVS (a "traject" that leads to work), as registered.
        var amstelland = Suggest(Regeling("Gemeenschappelijke regeling Amstelland en Meerlanden Werkorganisatie",
            purpose: "De Werkorganisatie behartigt de gemeenschappelijke en afzonderlijke belangen van de deelnemers en hun colleges op het gebied " +
                "van:a. de sociale werkvoorziening ingevolge de WsW, enb. de arbeidsinschakeling ingevolge de Pw, met een loonwaarde tot 70% van het " +
                "minimum loonelk voor zover de colleges conform artikel 5 bevoegdheden hebben overgedragen of opgedragen aan het bestuur van de Werkorganisatie.",
            laws: [Wsw, Participatiewet, Wgr]));
        var wvs = Suggest(Regeling("Gemeenschappelijke Regeling WVS",
            purpose: "WVS-groep heeft tot doel voor personen uit zijn werkgebied, die op enigerlei wijze niet in staat zijn om op eigen kracht " +
                "passende arbeid te verwerven, c.q. te behouden, of voor wie de maatschappelijke participatie dient te worden bevorderd, een traject " +
                "te verzorgen dat hetzij leidt naar (gesubsidieerde) arbeid, hetzij een sociaal isolement voorkomt of doorbreekt; daarnaast heeft " +
                "WVS-groep tot doel het organiseren van werk in een beschutte omgeving voor diegenen, die hierop (permanent) zijn aangewezen. De " +
                "activiteiten die buiten de op de Wsw gebaseerde activiteiten liggen dienen ten minste kostendekkend te zijn.",
            laws: [("Gemeentewet", null), Wgr, Wsw]));
        // The same Wsw body as above, had it named the Participatiewet in its purpose.
        var withParticipatiewet = Suggest(Regeling("Gemeenschappelijke Regeling Werkvoorzieningschap IJsselmeergroep 2020",
            purpose: "Deze regeling wordt getroffen ter behartiging van het belang om de arbeidsinschakeling van daartoe geïndiceerde personen op " +
                "grond van de Wsw en de Participatiewet, waarvoor de gemeenten verantwoordelijk zijn, mogelijk te maken.",
            laws: [Wgr, Wsw]));

        Assert.Equal(["WSW", "REINTEGRATIE"], amstelland.Keys);
        Assert.Equal(["WSW", "REINTEGRATIE"], wvs.Keys);
        Assert.Equal(["WSW", "REINTEGRATIE"], withParticipatiewet.Keys);
    }

    [Fact]
    public void The_archiefwet_alone_is_no_archive_but_an_archiefbewaarplaats_is()
    {
        var archiefwet = ("Archiefwet 1995", "https://wetten.overheid.nl/BWBR0007376");
        var taxes = Suggest(Regeling("Belastingsamenwerking Gouwe-Rijnland",
            purpose: "De heffing en invordering van de gemeentelijke belastingen en de waardering onroerende zaken.", laws: [Wgr, archiefwet]));
        var region = Suggest(Regeling("Gemeenschappelijke regeling Metropoolregio Eindhoven",
            powers: ["Het aanwijzen van de gemeentelijke archiefbewaarplaats(en) als bedoeld in artikel 31 van de Archiefwet 1995 en een streekarchivaris."],
            laws: [Wgr, archiefwet]));

        Assert.Equal(["WOZ", "BELASTING"], taxes.Keys);
        Assert.Contains("ARCHIEF", region.Keys);
    }

    [Fact]
    public void Form_words_adjectives_and_boilerplate_suggest_nothing_of_their_own()
    {
        // "Groene" is an adjective, a bedrijfsvoeringsorganisatie a legal form, "ondersteunende processen" Wgr boilerplate.
        var green = Suggest(Regeling("Groene Metropoolregio Arnhem-Nijmegen",
            purpose: "Versterking van de regio op het gebied van economie, wonen, mobiliteit en klimaat: een regionale agenda."));
        var bvo = Suggest(Regeling("Bedrijfsvoeringsorganisatie IJSSELgemeenten",
            purpose: "Sturing en beheersing van ondersteunende processen en uitvoeringstaken."));

        Assert.DoesNotContain("RECREATIE", green.Keys);
        Assert.Contains("REGIO", green.Keys);
        Assert.Empty(bvo);
    }

    [Fact]
    public void Kinderopvang_is_no_opvang_and_afvalwater_is_no_waste()
    {
        var ggd = Suggest(Regeling("GGD Flevoland", purpose: "Toezicht op de kinderopvang en de publieke gezondheid."));
        var sewer = Suggest(Regeling("Samenwerking afvalwaterketen Vallei en Veluwe", purpose: "Samenwerking in de afvalwaterketen."));

        Assert.DoesNotContain("BWMO", ggd.Keys);
        Assert.Equal(["RIOLERING"], sewer.Keys);
    }

    [Fact]
    public void Normalises_laws_on_their_bwbr_id_whatever_the_title()
    {
        Assert.Equal("participatiewet", TaskRules.LawKey("Wet werk en bijstand", "https://wetten.overheid.nl/BWBR0015703"));
        Assert.Equal("omgevingswet", TaskRules.LawKey("Omgevingswet", "https://wetten.overheid.nl/BWBR0037885/2024-01-01"));
        Assert.Equal("wvr", TaskRules.LawKey("Wet veiligheidsregio’s", null));
        Assert.Equal("wgr", TaskRules.LawKey("wgr", null));
    }

    [Fact]
    public async Task Suggests_a_task_for_at_least_90_percent_of_the_current_regelingen_with_municipalities_in_the_half_export()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        var export = await RooReader.ReadAsync(file, CancellationToken.None);
        var current = export.Regelingen.Where(r => r.EndDate is null).GroupBy(r => r.SystemId).Select(g => g.First())
            .Where(r => r.Participants.Any(p => p.TooiKind == "gemeente")).ToList();

        var suggested = current.Select(r => (Regeling: r, Tasks: TaskSuggestion.For(r))).ToList();

        var without = suggested.Where(s => s.Tasks.Count == 0).Select(s => s.Regeling.Title).ToList();
        Assert.True(without.Count <= current.Count / 10, $"{without.Count} van {current.Count} zonder taak: {string.Join("; ", without)}");
        // Not a rule that places a task everywhere: public health sits in a minority of the regelingen, never in a waste company.
        var health = suggested.Where(s => s.Tasks.Any(t => t.TaskCode == "PG")).Select(s => s.Regeling.Title).ToList();
        Assert.InRange(health.Count, 8, 25);
        Assert.DoesNotContain(health, t => t.Contains("afval", StringComparison.OrdinalIgnoreCase));
        Assert.All(suggested.SelectMany(s => s.Tasks), t => Assert.NotEmpty(t.Reason));
    }
}
