namespace Samenwerking.Web.Domain;

/// <summary>How a transferred power was obtained (wijze van verkrijging).</summary>
public enum PowerAcquisition
{
    Attributie,
    Delegatie,
    Mandaat,
}
