using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A task and one page of its placements on the date, by municipality name; and the municipalities that have none.</summary>
/// <param name="Task">The task.</param>
/// <param name="Items">The placements on this page.</param>
/// <param name="TotalCount">The number of placements on all pages together.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most placements a page holds.</param>
/// <param name="NothingRegistered">Every municipality that exists on the date and has nothing registered for the task (not paged).</param>
public sealed record ApiTaskPlacementPage(
    ApiTask Task,
    IReadOnlyList<ApiTaskPlacement> Items,
    int TotalCount,
    int Page,
    int PageSize,
    IReadOnlyList<ApiMunicipalityRef> NothingRegistered)
{
    public static ApiTaskPlacementPage From(TaskPlacementPage page) => new(
        ApiTask.From(page.Task), page.Items.Select(ApiTaskPlacement.From).ToList(), page.TotalCount, page.Page, page.PageSize,
        page.NothingRegistered.Select(ApiMunicipalityRef.From).ToList());
}
