using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// For one task on the date: in which arrangement each municipality placed it, which municipalities keep it themselves,
/// and which have nothing registered.
/// </summary>
/// <param name="Id">The task's id.</param>
/// <param name="Name">The task's name.</param>
/// <param name="Taakveld">The BBV taakveld it belongs to, such as 1.1.</param>
/// <param name="PolicyArea">The BBV policy area (beleidsterrein) of that taakveld.</param>
/// <param name="Description">What the task is.</param>
/// <param name="Arrangements">The arrangements the task is placed in, each with the municipalities that placed it there.</param>
/// <param name="KeptThemselves">The municipalities that carry out the task themselves.</param>
/// <param name="NothingRegistered">The municipalities for which nothing is registered about the task.</param>
public sealed record ApiTaskPlacements(
    int Id,
    string Name,
    string Taakveld,
    string PolicyArea,
    string? Description,
    IReadOnlyList<ApiTaskArrangement> Arrangements,
    IReadOnlyList<ApiMunicipalityRef> KeptThemselves,
    IReadOnlyList<ApiMunicipalityRef> NothingRegistered)
{
    public static ApiTaskPlacements From(TaskDetail task) => new(
        task.Id, task.Name, task.Taakveld, task.PolicyArea, task.Description,
        task.Arrangements.Select(ApiTaskArrangement.From).ToList(),
        task.KeptThemselves.Select(ApiMunicipalityRef.From).ToList(),
        task.NothingRegistered.Select(ApiMunicipalityRef.From).ToList());
}
