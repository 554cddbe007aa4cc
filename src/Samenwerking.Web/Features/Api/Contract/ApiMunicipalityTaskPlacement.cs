using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>Where the municipality placed a task, and with which partners.</summary>
/// <param name="ArrangementId">The arrangement, as in /api/v1/arrangements/{id}; null when the municipality carries the task out itself.</param>
/// <param name="ArrangementName">That arrangement's name; null when the municipality carries the task out itself.</param>
/// <param name="IsSuggestion">True while the placement is the import's suggestion from the regeling's data that nobody confirmed.</param>
/// <param name="SuggestionReason">Why the import suggested it; null when confirmed.</param>
/// <param name="StartDate">The first day the task is placed here; null when not known.</param>
/// <param name="EndDate">The first day it no longer is; null while it is.</param>
/// <param name="Partners">The other municipalities that placed the same task in the same arrangement on the date.</param>
public sealed record ApiMunicipalityTaskPlacement(
    int? ArrangementId,
    string? ArrangementName,
    bool IsSuggestion,
    string? SuggestionReason,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<ApiMunicipalityRef> Partners)
{
    public static ApiMunicipalityTaskPlacement From(TaskMatrixPlacement placement) => new(
        placement.ArrangementId, placement.ArrangementName, placement.IsSuggestion, placement.IsSuggestion ? placement.SuggestionReason : null,
        placement.StartDate, placement.EndDate, placement.Partners.Select(ApiMunicipalityRef.From).ToList());
}
