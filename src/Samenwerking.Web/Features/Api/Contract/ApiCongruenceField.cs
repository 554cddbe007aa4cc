using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// One field (a BBV policy area, or a theme of the social domain) and how congruent the municipality's partners are
/// there.
/// </summary>
/// <param name="Title">The field.</param>
/// <param name="IsSocialDomain">True for a theme of the social domain (jeugd, Wmo, werk en inkomen).</param>
/// <param name="Arrangements">The arrangements the municipality takes part in within the field.</param>
/// <param name="Score">
/// The mean Jaccard overlap of their partner sets, from 0 (never the same partners) to 1 (always the same); null
/// for fewer than two arrangements.
/// </param>
/// <param name="CorePartners">The partners that are in all of these arrangements.</param>
/// <param name="Explanation">The score in plain Dutch.</param>
public sealed record ApiCongruenceField(
    string Title,
    bool IsSocialDomain,
    IReadOnlyList<ApiFieldArrangement> Arrangements,
    double? Score,
    IReadOnlyList<string> CorePartners,
    string Explanation)
{
    public static ApiCongruenceField From(FieldCongruence field) => new(
        field.Title, field.IsSocialDomain, field.Arrangements.Select(ApiFieldArrangement.From).ToList(), field.Score,
        field.CorePartners, field.Explanation);
}
