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
}
