namespace Samenwerking.Web.Domain.Instruments;

/// <summary>
/// Which instruments a municipality's council has towards a regeling, and why: from the regeling's legal form and the
/// bodies with which this municipality takes part (Wgr as amended in force 1 July 2022, Stb. 2022, 18). Decision 0027
/// gives the articles and how each was checked. Pure: the page and the tests call it alike.
/// </summary>
public static class CouncilInstruments
{
    /// <summary>Art. V of the amending act: regelingen had to be brought in line by this date.</summary>
    public static readonly DateOnly AmendmentDeadline = new(2024, 7, 1);

    /// <summary>The date the amended Wgr came into force.</summary>
    public static readonly DateOnly AmendmentInForce = new(2022, 7, 1);

    private const string Amendment2022 = "Wgr, wijziging 2022 (Stb. 2022, 18), in de regeling op te nemen vóór 1 juli 2024 (art. V)";

    /// <summary>How the municipality takes part, seen from its council; the bodies are this municipality's own.</summary>
    public static CouncilPosition PositionOf(IReadOnlyCollection<GoverningBody> municipalityBodies)
    {
        if (municipalityBodies.Contains(GoverningBody.Raad))
        {
            return CouncilPosition.RaadNeemtDeel;
        }

        var college = municipalityBodies.Contains(GoverningBody.College);
        var burgemeester = municipalityBodies.Contains(GoverningBody.Burgemeester);
        return (college, burgemeester) switch
        {
            (true, true) => CouncilPosition.ViaCollegeEnBurgemeester,
            (true, false) => CouncilPosition.ViaCollege,
            (false, true) => CouncilPosition.ViaBurgemeester,
            _ => CouncilPosition.Onbekend,
        };
    }

    public static CouncilInstrumentSet For(LegalForm form, IReadOnlyCollection<GoverningBody> municipalityBodies)
    {
        var position = PositionOf(municipalityBodies);
        if (form.IsCrossBorder())
        {
            return new CouncilInstrumentSet(position, false,
                "Een grensoverschrijdend lichaam rust op een verdrag of Europese verordening, niet op de Wet gemeenschappelijke regelingen: "
                + "de instrumenten van de Wgr gelden hier niet. Wat de raad kan, staat in de regeling zelf.", []);
        }

        if (!form.IsGemeenschappelijkeRegeling())
        {
            return new CouncilInstrumentSet(position, false,
                form == LegalForm.Bestuursovereenkomst || form == LegalForm.Overig
                    ? "Geen gemeenschappelijke regeling: de Wet gemeenschappelijke regelingen geeft de raad hier geen instrumenten. De raad stuurt via het college, dat hem verantwoording schuldig is (Gemeentewet art. 169)."
                    : "Geen gemeenschappelijke regeling maar een privaatrechtelijk lichaam: de Wet gemeenschappelijke regelingen geldt niet. Voor oprichten of deelnemen kan de raad wensen en bedenkingen geven (Gemeentewet art. 160 lid 2); verder stuurt hij via het college (Gemeentewet art. 169).",
                []);
        }

        var instruments = new List<CouncilInstrument>();
        AddEnteringChangingLeaving(instruments, position);
        if (form.HasWgrBody())
        {
            instruments.Add(new(CouncilInstrumentKind.Kaders, "Reageren op de kadernota",
                "Het dagelijks bestuur zendt de algemene financiële en beleidsmatige kaders en de voorlopige jaarrekening vóór 30 april aan de raden.",
                "Wgr art. 34b"));
            instruments.Add(new(CouncilInstrumentKind.ZienswijzeBegroting, "Zienswijze op de ontwerpbegroting en begrotingswijzigingen",
                "Elke raad kan binnen twaalf weken zijn eigen zienswijze geven; die gaat met het ontwerp naar het algemeen bestuur. Dat geldt voor elke soort regeling met een eigen orgaan.",
                "Wgr art. 35 lid 1, 3 en 5"));
            instruments.Add(new(CouncilInstrumentKind.ZienswijzeBesluitenBestuur, "Zienswijze op besluiten die de regeling noemt",
                "De regeling moet bepalen over welke besluiten van het bestuur de raden een zienswijze kunnen geven, en hoe.",
                Amendment2022));
        }

        if (form == LegalForm.OpenbaarLichaam)
        {
            instruments.Add(new(CouncilInstrumentKind.ZienswijzeDeelnamePrivaat, "Zienswijze op deelname in een privaatrechtelijk lichaam",
                "Voordat het openbaar lichaam een stichting, vennootschap of ander privaatrechtelijk lichaam opricht of daarin deelneemt, krijgen de raden het ontwerpbesluit.",
                "Wgr art. 31a"));
        }

        AddRepresentation(instruments, form, position);
        if (form == LegalForm.OpenbaarLichaam)
        {
            instruments.Add(new(CouncilInstrumentKind.Adviescommissie, "Gemeenschappelijke adviescommissie",
                "Op voorstel van de raden gezamenlijk stelt het algemeen bestuur een adviescommissie van raadsleden in; zij kan het bestuur en de raden adviseren. Alleen bij een openbaar lichaam.",
                "Wgr art. 24"));
        }

        if (form.HasWgrBody())
        {
            instruments.Add(new(CouncilInstrumentKind.Participatie, "Betrokkenheid van inwoners",
                "De regeling moet bepalen hoe inwoners en belanghebbenden worden betrokken bij de voorbereiding, uitvoering en evaluatie van het beleid.",
                Amendment2022));
        }

        instruments.Add(new(CouncilInstrumentKind.Evaluatie, "Evaluatie",
            "De regeling moet bepalen hoe en wanneer zij wordt geëvalueerd; de wet noemt geen termijn, de regeling kiest die.", Amendment2022));
        instruments.Add(new(CouncilInstrumentKind.Uittreding, "Uittreding",
            "De regeling bepaalt de voorwaarden waaronder kan worden uitgetreden en de gevolgen, ook voor het vermogen (de uittreedsom)."
            + (position is CouncilPosition.RaadNeemtDeel or CouncilPosition.Onbekend ? "" : " Uittreden door het college of de burgemeester vraagt de toestemming van de raad."),
            position is CouncilPosition.RaadNeemtDeel or CouncilPosition.Onbekend ? "Wgr art. 9 lid 1" : "Wgr art. 9 lid 1; art. 1 lid 4 en 5"));

        return new CouncilInstrumentSet(position, true, Summary(position), instruments);
    }

    private static void AddEnteringChangingLeaving(List<CouncilInstrument> instruments, CouncilPosition position)
    {
        switch (position)
        {
            case CouncilPosition.RaadNeemtDeel:
                instruments.Add(new(CouncilInstrumentKind.ZelfBesluiten, "Zelf besluiten over treffen, wijzigen, toetreden en uittreden",
                    "De raad neemt zelf deel: hij besluit zelf, er is geen ontwerp van het college om op te reageren.", "Wgr art. 1 lid 1 en 5"));
                break;
            case CouncilPosition.Onbekend:
                instruments.Add(new(CouncilInstrumentKind.HangtAfVanSoort, "Treffen, wijzigen, toetreden en uittreden: onbekend",
                    "Niet geregistreerd is met welke bestuursorganen deze gemeente deelneemt. Neemt de raad zelf deel, dan besluit hij zelf; "
                    + "neemt het college of de burgemeester deel, dan krijgt de raad het ontwerp voor een zienswijze en is zijn toestemming nodig.",
                    "Wgr art. 1"));
                break;
            default:
                var who = position == CouncilPosition.ViaBurgemeester ? "de burgemeester" : position == CouncilPosition.ViaCollege ? "het college" : "het college en de burgemeester";
                instruments.Add(new(CouncilInstrumentKind.ZienswijzeOpOntwerp, "Zienswijze op een ontwerp om te treffen, wijzigen, toe- of uit te treden",
                    $"De raad neemt niet zelf deel; {who} zendt het ontwerp aan de raad, die binnen acht weken een zienswijze kan geven.", "Wgr art. 1 lid 2 en 3"));
                instruments.Add(new(CouncilInstrumentKind.Toestemming, "Toestemming",
                    $"{Capitalised(who)} mag de regeling pas treffen, wijzigen, toe- of uittreden na toestemming van de raad; die kan alleen worden onthouden wegens strijd met het recht of het algemeen belang.",
                    "Wgr art. 1 lid 4 en 5"));
                break;
        }
    }

    private static void AddRepresentation(List<CouncilInstrument> instruments, LegalForm form, CouncilPosition position)
    {
        if (form == LegalForm.OpenbaarLichaam && position == CouncilPosition.RaadNeemtDeel)
        {
            instruments.Add(new(CouncilInstrumentKind.AanwijzenEnInlichtingen, "Leden van het algemeen bestuur aanwijzen en om inlichtingen vragen",
                "De raad wijst de leden van het algemeen bestuur aan uit zijn midden en de wethouders; een lid geeft de raad de inlichtingen die raadsleden vragen.",
                "Wgr art. 13 lid 1; art. 16"));
            instruments.Add(new(CouncilInstrumentKind.VerantwoordingBestuurders, "Verantwoording en ontslag van de leden van het algemeen bestuur",
                "Een lid van het algemeen bestuur is de raad die hem aanwees verantwoording schuldig; de raad kan hem ontslaan als hij het vertrouwen niet meer bezit.",
                "Wgr art. 17"));
        }
        else if (form == LegalForm.OpenbaarLichaam && position is CouncilPosition.ViaCollege or CouncilPosition.ViaCollegeEnBurgemeester)
        {
            instruments.Add(new(CouncilInstrumentKind.AanwijzenEnInlichtingen, "Inlichtingen van het lid van het algemeen bestuur",
                "Het college wijst de leden van het algemeen bestuur aan, niet de raad; een lid geeft ook de raad van zijn gemeente de inlichtingen die raadsleden vragen.",
                "Wgr art. 13 lid 6; art. 16"));
        }

        if (position is CouncilPosition.ViaCollege or CouncilPosition.ViaCollegeEnBurgemeester)
        {
            instruments.Add(new(CouncilInstrumentKind.VerantwoordingCollege, "Het college ter verantwoording roepen",
                "Het college en elk van zijn leden zijn de raad verantwoording schuldig over het gevoerde bestuur, ook in de regeling; de raad kan inlichtingen vragen.",
                "Gemeentewet art. 169"));
        }

        if (position is CouncilPosition.ViaBurgemeester or CouncilPosition.ViaCollegeEnBurgemeester)
        {
            instruments.Add(new(CouncilInstrumentKind.VerantwoordingBurgemeester, "De burgemeester ter verantwoording roepen",
                "De burgemeester is de raad verantwoording schuldig over het door hem gevoerde bestuur, ook in de regeling.",
                "Gemeentewet art. 180"));
        }
    }

    private static string Summary(CouncilPosition position) => position switch
    {
        CouncilPosition.RaadNeemtDeel =>
            "De raad neemt zelf deel: hij besluit zelf over de regeling en wijst, bij een openbaar lichaam, zelf de leden van het algemeen bestuur aan.",
        CouncilPosition.ViaCollege =>
            "Alleen het college neemt deel: de raad besluit niet zelf, maar geeft een zienswijze op een ontwerp en toestemming, en stuurt via het college.",
        CouncilPosition.ViaBurgemeester =>
            "Alleen de burgemeester neemt deel: de raad besluit niet zelf, maar geeft een zienswijze op een ontwerp en toestemming, en stuurt via de burgemeester.",
        CouncilPosition.ViaCollegeEnBurgemeester =>
            "Het college en de burgemeester nemen deel, de raad niet: hij geeft een zienswijze op een ontwerp en toestemming, en stuurt via hen.",
        _ => "Niet geregistreerd is met welke bestuursorganen deze gemeente deelneemt; welke instrumenten daarvan afhangen, staat hieronder als onbekend.",
    };

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
