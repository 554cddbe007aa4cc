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
    /// Whether an arrangement of this form can be a verbonden partij (BBV art. 1): only a body of its own can. An
    /// agreement, a regeling zonder meer and a centrumregeling set up none (the work stays with a municipality).
    /// Whether it is one for a participant depends on that participant's interests: <see cref="VerbondenPartij.Is"/>.
    /// </summary>
    public static bool CanBeVerbondenPartij(this LegalForm form) => form is not
        (LegalForm.Bestuursovereenkomst or LegalForm.RegelingZonderMeer or LegalForm.Centrumregeling);

    /// <summary>A centrumregeling is carried out by one of its members: it must name that municipality.</summary>
    public static bool RequiresCentralMunicipality(this LegalForm form) => form == LegalForm.Centrumregeling;
}
