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
        _ => body.ToString(),
    };

    public static string Abbreviation(this Board board) => board switch
    {
        Board.AlgemeenBestuur => "AB",
        Board.DagelijksBestuur => "DB",
        Board.Bestuurscommissie => "bestuurscommissie",
        Board.Aandeelhoudersvergadering => "AvA",
        _ => board.ToString(),
    };

    public static string Label(this PowerAcquisition acquisition) => acquisition switch
    {
        PowerAcquisition.Attributie => "Attributie",
        PowerAcquisition.Delegatie => "Delegatie",
        PowerAcquisition.Mandaat => "Mandaat",
        _ => acquisition.ToString(),
    };

    public static string Label(this LinkKind kind) => kind switch
    {
        LinkKind.Regeling => "Regeling",
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
