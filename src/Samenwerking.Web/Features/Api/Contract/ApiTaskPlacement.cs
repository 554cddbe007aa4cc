using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>Where one municipality placed the task, for a period.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="ArrangementId">The arrangement it placed the task in, as in /api/v1/arrangements/{id}; null when it carries the task out itself.</param>
/// <param name="ArrangementName">That arrangement's name; null when the municipality carries the task out itself.</param>
/// <param name="IsSuggestion">True while the placement is the import's suggestion from the regeling's data that nobody confirmed.</param>
/// <param name="SuggestionReason">Why the import suggested it ("wettelijke grondslag: Wet publieke gezondheid; …"); null when confirmed.</param>
/// <param name="StartDate">The first day the task is placed here; null when not known.</param>
/// <param name="EndDate">The first day it no longer is; null while it is.</param>
public sealed record ApiTaskPlacement(
    ApiMunicipalityRef Municipality,
    int? ArrangementId,
    string? ArrangementName,
    bool IsSuggestion,
    string? SuggestionReason,
    DateOnly? StartDate,
    DateOnly? EndDate)
{
    public static ApiTaskPlacement From(TaskPlacementItem placement) => new(
        ApiMunicipalityRef.From(placement.Municipality), placement.ArrangementId, placement.ArrangementName, placement.IsSuggestion,
        placement.IsSuggestion ? placement.SuggestionReason : null, placement.StartDate, placement.EndDate);
}
