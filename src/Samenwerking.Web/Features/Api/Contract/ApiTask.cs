using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A task of the catalog.</summary>
/// <param name="Code">The task's stable code, such as PG or BRANDWEER, as in /api/v1/tasks/{code}/placements; null for a task a beheerder added.</param>
/// <param name="Id">The task's id; /api/v1/tasks/{id}/placements answers for a task without code.</param>
/// <param name="Name">The task's name.</param>
/// <param name="Taakveld">The BBV taakveld it belongs to, such as 7.1.</param>
/// <param name="PolicyAreaCode">The BBV policy area (hoofdtaakveld) of that taakveld, such as 7.</param>
/// <param name="PolicyArea">That policy area's name.</param>
/// <param name="Description">What the task is.</param>
/// <param name="LegalBasis">The laws that give the task, with the articles where they were checked against the law's text.</param>
public sealed record ApiTask(string? Code, int Id, string Name, string Taakveld, string PolicyAreaCode, string PolicyArea, string? Description, string? LegalBasis)
{
    public static ApiTask From(TaskCatalogItem task) =>
        new(task.Code, task.Id, task.Name, task.Taakveld, task.PolicyAreaCode, task.PolicyArea, task.Description, task.LegalBasis);
}
