using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A catalog task and where the municipality has it carried out on the date.</summary>
/// <param name="Task">The task.</param>
/// <param name="Status">In an arrangement (when any placement is), kept by the municipality, or nothing registered.</param>
/// <param name="Placements">The municipality's placements of the task on the date; empty when nothing is registered.</param>
public sealed record ApiMunicipalityTask(ApiTask Task, ApiPlacementStatus Status, IReadOnlyList<ApiMunicipalityTaskPlacement> Placements)
{
    public static ApiMunicipalityTask From(TaskMatrixRow row) =>
        new(ApiTask.From(row.Task), row.Status.ToContract<ApiPlacementStatus>(), row.Placements.Select(ApiMunicipalityTaskPlacement.From).ToList());
}
