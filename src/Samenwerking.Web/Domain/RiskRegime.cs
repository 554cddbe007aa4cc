namespace Samenwerking.Web.Domain;

/// <summary>
/// What a municipality does for its participations of one risk class (1 low to 3 high): how often it is informed, who
/// follows the party, when the council hears of it. Municipalities set this down in their own nota verbonden partijen;
/// the BBV does not require such a nota, only the paragraph's visie and beleidsvoornemens (art. 15 lid 1).
/// </summary>
public sealed class RiskRegime
{
    public const int DescriptionMaxLength = 4000;

    public int Id { get; set; }

    public int MunicipalityId { get; set; }

    /// <summary>1 (low) to 3 (high), the classes the municipality gives its participations (<see cref="Membership.RiskClass"/>).</summary>
    public short RiskClass { get; set; }

    public required string Description { get; set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}
