namespace Samenwerking.Web.Features.Tasks;

/// <summary>One municipality's placement of a task: in an arrangement, or kept (no arrangement); suggested or confirmed.</summary>
public sealed record TaskPlacementItem(
    MunicipalityRef Municipality,
    int? ArrangementId,
    string? ArrangementName,
    bool IsSuggestion,
    string? SuggestionReason,
    DateOnly? StartDate,
    DateOnly? EndDate);
