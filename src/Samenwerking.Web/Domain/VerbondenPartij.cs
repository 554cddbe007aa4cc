namespace Samenwerking.Web.Domain;

/// <summary>
/// Whether a participation makes the arrangement a verbonden partij of the participant: BBV art. 1 asks for both a
/// bestuurlijk and a financieel belang in a party with a body of its own. An agreement, a network, a regeling zonder
/// meer and a centrumregeling never are one.
/// </summary>
public static class VerbondenPartij
{
    public static bool Is(LegalForm form, AdministrativeInterest? administrative, IReadOnlyCollection<FinancialInterest> financial) =>
        form.CanBeVerbondenPartij()
        && administrative is AdministrativeInterest.Zetel or AdministrativeInterest.Stemrecht
        && financial.Count > 0;

    /// <summary>What a participant of an arrangement of this form normally has, with the reason; an administrator corrects it.</summary>
    public static (AdministrativeInterest? Administrative, List<FinancialInterest> Financial, string Reason) Suggest(LegalForm form) => form switch
    {
        LegalForm.OpenbaarLichaam or LegalForm.Bedrijfsvoeringsorganisatie => (AdministrativeInterest.Zetel, [FinancialInterest.Tekortdekking],
            "Een deelnemer heeft een zetel in het bestuur van het openbaar lichaam of de bedrijfsvoeringsorganisatie en moet tekorten dekken: bestuurlijk en financieel belang (BBV art. 1)."),
        LegalForm.GemeenschappelijkOrgaan => (AdministrativeInterest.Zetel, [],
            "Een gemeenschappelijk orgaan heeft geen rechtspersoonlijkheid en geen eigen vermogen dat verloren kan gaan: geen financieel belang, tenzij de regeling anders bepaalt."),
        LegalForm.Egts or LegalForm.Bgts or LegalForm.GrensoverschrijdendOpenbaarLichaam => (AdministrativeInterest.Zetel, [FinancialInterest.Aansprakelijkheid],
            "Een lid heeft een zetel in de vergadering van het grensoverschrijdende lichaam en staat in voor schulden die het lichaam niet kan voldoen: controleer de statuten."),
        LegalForm.BeslotenVennootschap or LegalForm.NaamlozeVennootschap or LegalForm.CommanditaireVennootschap or LegalForm.Cooperatie =>
            (AdministrativeInterest.Stemrecht, [FinancialInterest.Aandelen],
            "Een aandeelhouder of lid heeft stemrecht in de algemene vergadering en kapitaal dat bij faillissement verloren gaat: bestuurlijk en financieel belang (BBV art. 1)."),
        LegalForm.Overig => (null, [],
            "Een andere vorm is alleen een verbonden partij bij een zetel of stemrecht én een financieel belang: vul beide in."),
        LegalForm.Stichting or LegalForm.Vereniging => (null, [],
            "Een stichting of vereniging is alleen een verbonden partij bij een zetel in het bestuur én een financieel belang, zoals een lening of garantie: vul beide in."),
        _ => (AdministrativeInterest.Geen, [],
            "Een overeenkomst, netwerk, regeling zonder meer of centrumregeling stelt geen eigen orgaan in: geen verbonden partij."),
    };
}
