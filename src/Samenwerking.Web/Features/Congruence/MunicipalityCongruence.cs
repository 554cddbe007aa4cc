namespace Samenwerking.Web.Features.Congruence;

/// <summary>A municipality's partners and, per field of policy, whether it works with the same ones.</summary>
public sealed record MunicipalityCongruence(
    string Code,
    string Name,
    DateOnly Date,
    int ArrangementCount,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<FieldCongruence> Fields);

/// <summary>A partner municipality and the number of arrangements it shares with the municipality.</summary>
public sealed record Partner(string Code, string Name, int Shared);

/// <summary>
/// One field (a BBV policy area, or a theme of the social domain) with the arrangements the municipality takes part
/// in there, the congruence score of their partner sets, and the partners that are in all of them (the core).
/// </summary>
public sealed record FieldCongruence(
    string Title,
    bool IsSocialDomain,
    IReadOnlyList<FieldArrangement> Arrangements,
    double? Score,
    IReadOnlyList<string> CorePartners)
{
    public string Explanation => CongruenceScore.Explain(Score, Arrangements.Count);
}

public sealed record FieldArrangement(int Id, string Name, int PartnerCount);
