namespace Samenwerking.Web.Domain;

/// <summary>Which areas a set of boundaries describes.</summary>
public enum BoundaryKind
{
    Gemeenten,
    Provincies,
    Veiligheidsregios,
}
