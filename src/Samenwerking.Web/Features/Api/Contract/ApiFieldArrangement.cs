using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>An arrangement the municipality takes part in within one field.</summary>
/// <param name="Id">The arrangement's id, as in /api/v1/arrangements/{id}.</param>
/// <param name="Name">The arrangement's name.</param>
/// <param name="PartnerCount">The number of partner municipalities in it.</param>
public sealed record ApiFieldArrangement(int Id, string Name, int PartnerCount)
{
    public static ApiFieldArrangement From(FieldArrangement arrangement) => new(arrangement.Id, arrangement.Name, arrangement.PartnerCount);
}
