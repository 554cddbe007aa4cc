namespace Samenwerking.Web.Features.Arrangements;

/// <summary>A task that a municipality placed in the arrangement.</summary>
public sealed record PlacementItem(
    string Task, int TaskId, string MunicipalityCode, string MunicipalityName, DateOnly? StartDate, DateOnly? EndDate, bool IsSuggestion = false);
