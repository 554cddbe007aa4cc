namespace Samenwerking.Web.Features.Tasks;

/// <summary>A page of a task's placements on a date, by municipality, and the municipalities with none.</summary>
public sealed record TaskPlacementPage(
    TaskCatalogItem Task,
    IReadOnlyList<TaskPlacementItem> Items,
    int TotalCount,
    int Page,
    int PageSize,
    IReadOnlyList<MunicipalityRef> NothingRegistered);
