using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// One page of the task queue. Without a filter: the arrangements with suggestions (<see cref="Groups"/>). With one:
/// that page's suggestions; <see cref="GroupCount"/> counts the arrangements with suggestions when unfiltered, else 0; (<see cref="Rows"/>) and the keys of every suggestion the filter selects, on all pages
/// (<see cref="All"/>), for "confirm all". <see cref="ArrangementName"/> is set when the filter names an arrangement.
/// </summary>
public sealed record TaskSuggestionList(
    TaskSuggestionFilter Filter,
    IReadOnlyList<TaskSuggestionGroup> Groups,
    IReadOnlyList<TaskSuggestionRow> Rows,
    IReadOnlyList<TaskSuggestionKey> All,
    int Total,
    int GroupCount,
    int PageCount,
    string? ArrangementName,
    IReadOnlyList<FilterOption> Tasks,
    string? CodeError)
{
    public const int PageSize = 50;
}
