namespace Samenwerking.Web.Domain;

/// <summary>The kind of a participant that is not a municipality.</summary>
public enum OrganisationKind
{
    Provincie,
    Waterschap,
    Ministerie,
    Samenwerkingsorgaan,
    Privaat,
    Buitenlands,
    Overig,

    /// <summary>A municipality that no longer exists (merged), still named by the national register.</summary>
    VoormaligeGemeente,
}
