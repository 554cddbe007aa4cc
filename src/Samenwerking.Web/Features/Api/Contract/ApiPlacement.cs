using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A task that a municipality placed in the arrangement, over a period.</summary>
/// <param name="Task">The task's name.</param>
/// <param name="TaskId">The task's id, as in /api/v1/tasks/{id}/placements.</param>
/// <param name="MunicipalityCode">The CBS code of the municipality that placed it.</param>
/// <param name="MunicipalityName">The name of that municipality.</param>
/// <param name="StartDate">The first day the task was placed here.</param>
/// <param name="EndDate">The first day it no longer was.</param>
public sealed record ApiPlacement(string Task, int TaskId, string MunicipalityCode, string MunicipalityName, DateOnly? StartDate, DateOnly? EndDate)
{
    public static ApiPlacement From(PlacementItem placement) => new(
        placement.Task, placement.TaskId, placement.MunicipalityCode, placement.MunicipalityName, placement.StartDate, placement.EndDate);
}
