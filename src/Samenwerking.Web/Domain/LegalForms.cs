namespace Samenwerking.Web.Domain;

/// <summary>Rules that follow from a legal form.</summary>
public static class LegalForms
{
    public static bool IsGemeenschappelijkeRegeling(this LegalForm form) => form is
        LegalForm.OpenbaarLichaam or
        LegalForm.GemeenschappelijkOrgaan or
        LegalForm.Bedrijfsvoeringsorganisatie or
        LegalForm.Centrumregeling or
        LegalForm.RegelingZonderMeer;

    /// <summary>A cross-border body: not a Wgr body, though the national register lists it as a GR.</summary>
    public static bool IsCrossBorder(this LegalForm form) => form is
        LegalForm.Egts or LegalForm.Bgts or LegalForm.GrensoverschrijdendOpenbaarLichaam;

    /// <summary>Only a regeling with a body of its own under the Wgr has the Wgr's budget cycle.</summary>
    public static bool HasWgrBody(this LegalForm form) => form is
        LegalForm.OpenbaarLichaam or LegalForm.GemeenschappelijkOrgaan or LegalForm.Bedrijfsvoeringsorganisatie;

    public static BbvGroup BbvGroup(this LegalForm form) => form switch
    {
        _ when form.IsGemeenschappelijkeRegeling() => Domain.BbvGroup.GemeenschappelijkeRegelingen,
        LegalForm.BeslotenVennootschap or LegalForm.NaamlozeVennootschap or
            LegalForm.CommanditaireVennootschap or LegalForm.Cooperatie => Domain.BbvGroup.VennootschappenEnCooperaties,
        LegalForm.Stichting or LegalForm.Vereniging => Domain.BbvGroup.StichtingenEnVerenigingen,
        _ => Domain.BbvGroup.OverigeVerbondenPartijen,
    };

    /// <summary>
    /// Whether the form makes a verbonden partij (BBV art. 1): a body of its own in which the municipality has a
    /// bestuurlijk and a financieel belang. An agreement, a regeling zonder meer and a centrumregeling set up no such
    /// body (the work stays with a municipality), so they are left out of the paragraaf verbonden partijen.
    /// </summary>
    public static bool IsVerbondenPartij(this LegalForm form) => form is not
        (LegalForm.Bestuursovereenkomst or LegalForm.RegelingZonderMeer or LegalForm.Centrumregeling);

    /// <summary>A centrumregeling is carried out by one of its members: it must name that municipality.</summary>
    public static bool RequiresCentralMunicipality(this LegalForm form) => form == LegalForm.Centrumregeling;
}
