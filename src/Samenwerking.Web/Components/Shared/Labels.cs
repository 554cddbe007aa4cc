using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Components.Shared;

/// <summary>The Dutch words the UI shows for the domain's values.</summary>
public static class Labels
{
    public static string Label(this GoalLevel level) => level switch
    {
        GoalLevel.Strategisch => "Strategisch",
        GoalLevel.Tactisch => "Tactisch",
        GoalLevel.Operationeel => "Operationeel",
        _ => level.ToString(),
    };

    public static string Explanation(this GoalLevel level) => level switch
    {
        GoalLevel.Strategisch => "Invloed bundelen voor regionale strategie en planning op gedeelde maatschappelijke opgaven.",
        GoalLevel.Tactisch => "Samen beleid maken en uitvoeren voor taken die te groot of te complex zijn voor één gemeente.",
        GoalLevel.Operationeel => "Samen de bedrijfsvoering regelen voor kwaliteit en lagere kosten: inkoop, ICT, personeel.",
        _ => string.Empty,
    };

    public static string Label(this LegalForm form) => form switch
    {
        LegalForm.OpenbaarLichaam => "Openbaar lichaam",
        LegalForm.GemeenschappelijkOrgaan => "Gemeenschappelijk orgaan",
        LegalForm.Bedrijfsvoeringsorganisatie => "Bedrijfsvoeringsorganisatie",
        LegalForm.Centrumregeling => "Centrumregeling",
        LegalForm.RegelingZonderMeer => "Regeling zonder meer",
        LegalForm.Egts => "Europese groepering voor territoriale samenwerking (EGTS)",
        LegalForm.Bgts => "Benelux-groepering voor territoriale samenwerking (BGTS)",
        LegalForm.GrensoverschrijdendOpenbaarLichaam => "Grensoverschrijdend openbaar lichaam",
        LegalForm.Bestuursovereenkomst => "Bestuursovereenkomst of convenant",
        LegalForm.BeslotenVennootschap => "Besloten vennootschap (BV)",
        LegalForm.NaamlozeVennootschap => "Naamloze vennootschap (NV)",
        LegalForm.CommanditaireVennootschap => "Commanditaire vennootschap (CV)",
        LegalForm.Stichting => "Stichting",
        LegalForm.Vereniging => "Vereniging",
        LegalForm.Cooperatie => "Coöperatie",
        LegalForm.Overig => "Overige vorm",
        _ => form.ToString(),
    };

    /// <summary>"Gemeenschappelijke regeling: openbaar lichaam" for a GR; the plain form otherwise.</summary>
    public static string FullLabel(this LegalForm form) =>
        form.IsGemeenschappelijkeRegeling() ? $"Gemeenschappelijke regeling: {form.Label().ToLowerInvariant()}" : form.Label();

    public static string Label(this BbvGroup group) => group switch
    {
        BbvGroup.GemeenschappelijkeRegelingen => "Gemeenschappelijke regelingen",
        BbvGroup.VennootschappenEnCooperaties => "Vennootschappen en coöperaties",
        BbvGroup.StichtingenEnVerenigingen => "Stichtingen en verenigingen",
        BbvGroup.OverigeVerbondenPartijen => "Overige verbonden partijen",
        _ => group.ToString(),
    };

    public static string Label(this GoverningBody body) => body switch
    {
        GoverningBody.Raad => "Gemeenteraad",
        GoverningBody.College => "College van B en W",
        GoverningBody.Burgemeester => "Burgemeester",
        GoverningBody.ProvincialeStaten => "Provinciale Staten",
        GoverningBody.GedeputeerdeStaten => "Gedeputeerde Staten",
        GoverningBody.CommissarisVanDeKoning => "Commissaris van de Koning",
        GoverningBody.AlgemeenBestuur => "Algemeen bestuur",
        GoverningBody.DagelijksBestuur => "Dagelijks bestuur",
        GoverningBody.Dijkgraaf => "Dijkgraaf",
        GoverningBody.Minister => "Minister",
        GoverningBody.Staatssecretaris => "Staatssecretaris",
        _ => body.ToString(),
    };

    /// <summary>"Gemeenteraad, College van B en W", or "niet vermeld".</summary>
    public static string Label(this IReadOnlyCollection<GoverningBody> bodies) =>
        bodies.Count == 0 ? "niet vermeld" : string.Join(", ", bodies.Order().Select(b => b.Label()));

    public static string Label(this AdministrativeInterest interest) => interest switch
    {
        AdministrativeInterest.Zetel => "Zetel in het bestuur",
        AdministrativeInterest.Stemrecht => "Stemrecht",
        AdministrativeInterest.Geen => "Geen",
        _ => interest.ToString(),
    };

    public static string Label(this FinancialInterest interest) => interest switch
    {
        FinancialInterest.Aandelen => "Aandelen of kapitaal",
        FinancialInterest.Lening => "Lening",
        FinancialInterest.Garantie => "Garantie",
        FinancialInterest.Aansprakelijkheid => "Aansprakelijkheid voor schulden",
        FinancialInterest.Tekortdekking => "Plicht tekorten te dekken",
        _ => interest.ToString(),
    };

    /// <summary>"Lening, Garantie", or "geen".</summary>
    public static string Label(this IReadOnlyCollection<FinancialInterest> interests) =>
        interests.Count == 0 ? "geen" : string.Join(", ", interests.Order().Select(i => i.Label()));

    public static string Label(this RegelingKind kind) => kind switch
    {
        RegelingKind.Raadsregeling => "Raadsregeling",
        RegelingKind.Collegeregeling => "Collegeregeling",
        RegelingKind.Burgemeestersregeling => "Burgemeestersregeling",
        RegelingKind.GemengdeRegeling => "Gemengde regeling",
        _ => kind.ToString(),
    };

    /// <summary>What the kind of regeling means for the council (Wgr as amended in 2022).</summary>
    public static string Explanation(this RegelingKind kind) => kind switch
    {
        RegelingKind.Raadsregeling =>
            "De gemeenteraden nemen zelf deel en besluiten zelf over treffen, wijzigen, toetreden en uittreden (Wgr art. 1 lid 1 en 5).",
        RegelingKind.Collegeregeling =>
            "De colleges nemen deel; zij sturen het ontwerp naar de raad, die binnen acht weken een zienswijze kan geven, en hebben zijn toestemming nodig (Wgr art. 1 lid 2 tot en met 4).",
        RegelingKind.Burgemeestersregeling =>
            "De burgemeesters nemen deel; zij sturen het ontwerp naar de raad, die binnen acht weken een zienswijze kan geven, en hebben zijn toestemming nodig (Wgr art. 1 lid 2 tot en met 4).",
        RegelingKind.GemengdeRegeling =>
            "Verschillende bestuursorganen nemen deel: raad, college of burgemeester samen, of ook een provincie of waterschap (Wgr art. 1, 51, 61, 73). Waar de raad zelf deelneemt, besluit hij zelf.",
        _ => string.Empty,
    };

    public static string Abbreviation(this Board board) => board switch
    {
        Board.AlgemeenBestuur => "AB",
        Board.DagelijksBestuur => "DB",
        Board.Bestuurscommissie => "bestuurscommissie",
        Board.Aandeelhoudersvergadering => "AvA",
        _ => board.ToString(),
    };

    /// <summary>"Delegatie, mandaat" as the register states it, or "niet vermeld".</summary>
    public static string Label(this IReadOnlyCollection<PowerAcquisition> acquisitions) =>
        acquisitions.Count == 0 ? "niet vermeld" : string.Join(", ", acquisitions.Order().Select(a => a.Label()));

    public static string Label(this PowerAcquisition acquisition) => acquisition switch
    {
        PowerAcquisition.Attributie => "Attributie",
        PowerAcquisition.Delegatie => "Delegatie",
        PowerAcquisition.Mandaat => "Mandaat",
        _ => acquisition.ToString(),
    };

    public static string Label(this LinkKind kind) => kind switch
    {
        LinkKind.Regeling => "Tekst van de regeling",
        LinkKind.WettelijkeGrondslag => "Wettelijke grondslag",
        LinkKind.Besluit => "Besluit",
        LinkKind.Statuten => "Statuten",
        LinkKind.Website => "Website",
        LinkKind.Overig => "Overig",
        _ => kind.ToString(),
    };

    public static string Label(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.Provincie => "Provincie",
        OrganisationKind.Waterschap => "Waterschap",
        OrganisationKind.Ministerie => "Ministerie of rijksdienst",
        OrganisationKind.Samenwerkingsorgaan => "Ander samenwerkingsorgaan",
        OrganisationKind.Privaat => "Private partij",
        OrganisationKind.Buitenlands => "Buitenlandse overheid",
        OrganisationKind.Overig => "Overig",
        OrganisationKind.VoormaligeGemeente => "Voormalige gemeente",
        _ => kind.ToString(),
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "onbekend";

    /// <summary>"€ 1.234.567" (whole euros), or "–" when unknown.</summary>
    public static string Euro(decimal? value) => value is null ? "–" : "€ " + value.Value.ToString("N0", Dutch);

    public static string Percentage(decimal? value) => value is null ? "" : value.Value.ToString("0.##", Dutch) + " %";

    /// <summary>How the UI writes dates, numbers and amounts.</summary>
    public static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
