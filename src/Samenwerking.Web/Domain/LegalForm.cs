namespace Samenwerking.Web.Domain;

/// <summary>
/// The legal form of an arrangement. The first five are the forms of a gemeenschappelijke regeling
/// under the Wet gemeenschappelijke regelingen; then the cross-border bodies, which rest on a legal basis of their
/// own and have no Wgr budget cycle; the rest are agreements and private-law bodies.
/// </summary>
public enum LegalForm
{
    OpenbaarLichaam,
    GemeenschappelijkOrgaan,
    Bedrijfsvoeringsorganisatie,
    Centrumregeling,
    RegelingZonderMeer,

    /// <summary>Europese groepering voor territoriale samenwerking (Verordening (EG) nr. 1082/2006).</summary>
    Egts,

    /// <summary>Benelux-groepering voor territoriale samenwerking (Benelux-verdrag van 2014).</summary>
    Bgts,

    /// <summary>
    /// Another cross-border openbaar lichaam: a Dutch-German one under the Anholt-verdrag of 1991 (a Zweckverband), or
    /// one under the Benelux-overeenkomst of 1986 that has not become a BGTS.
    /// </summary>
    GrensoverschrijdendOpenbaarLichaam,
    Bestuursovereenkomst,
    BeslotenVennootschap,
    NaamlozeVennootschap,
    CommanditaireVennootschap,
    Stichting,
    Vereniging,
    Cooperatie,
    Overig,
}
