namespace Samenwerking.Web.Domain;

/// <summary>
/// The legal form of an arrangement. The first five are the forms of a gemeenschappelijke regeling
/// under the Wet gemeenschappelijke regelingen; the rest are agreements and private-law bodies.
/// </summary>
public enum LegalForm
{
    OpenbaarLichaam,
    GemeenschappelijkOrgaan,
    Bedrijfsvoeringsorganisatie,
    Centrumregeling,
    RegelingZonderMeer,
    Bestuursovereenkomst,
    BeslotenVennootschap,
    NaamlozeVennootschap,
    CommanditaireVennootschap,
    Stichting,
    Vereniging,
    Cooperatie,
    Overig,
}
