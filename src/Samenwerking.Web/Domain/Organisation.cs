namespace Samenwerking.Web.Domain;

/// <summary>A participant that is not a municipality: a province, waterschap, ministry, another body, a private or foreign party.</summary>
public sealed class Organisation
{
    public const int NameMaxLength = 200;
    public const int IdentifierMaxLength = 200;

    public int Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>A TOOI URI, CBS code, KvK number or other stable identifier where the organisation has one.</summary>
    public string? Identifier { get; set; }
}
