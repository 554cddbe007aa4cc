using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>An arrangement a task is placed in, and the municipalities that placed it there.</summary>
/// <param name="ArrangementId">The arrangement's id, as in /api/v1/arrangements/{id}.</param>
/// <param name="ArrangementName">The arrangement's name.</param>
/// <param name="Municipalities">The municipalities that placed the task in this arrangement on the date.</param>
/// <param name="IsSuggestion">True when these placements are the import's suggestion that nobody confirmed yet.</param>
public sealed record ApiTaskArrangement(int ArrangementId, string ArrangementName, IReadOnlyList<ApiMunicipalityRef> Municipalities, bool IsSuggestion)
{
    public static ApiTaskArrangement From(TaskArrangementGroup group) =>
        new(group.ArrangementId, group.ArrangementName, group.Municipalities.Select(ApiMunicipalityRef.From).ToList(), group.IsSuggestion);
}
