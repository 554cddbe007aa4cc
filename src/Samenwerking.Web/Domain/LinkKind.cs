namespace Samenwerking.Web.Domain;

/// <summary>What a legal-basis link points to.</summary>
public enum LinkKind
{
    Regeling,
    Besluit,
    Statuten,
    Website,
    Overig,
}
