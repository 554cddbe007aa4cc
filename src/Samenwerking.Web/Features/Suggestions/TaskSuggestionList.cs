using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// One page of the task queue. Without a filter: the arrangements with suggestions (<see cref="Groups"/>). With one:
/// that page's suggestions (<see cref="Rows"/>) and the keys of every suggestion the filter selects, on all pages
/// (<see cref="All"/>), for "confirm all", with the number of municipalities they are for (<see cref="MunicipalityCount"/>).
/// <see cref="GroupCount"/> counts the arrangements with suggestions when unfiltered, else 0. <see cref="ArrangementName"/>
/// is set when the filter names an arrangement.
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

    /// <summary>How many municipalities the suggestions in <see cref="All"/> are for.</summary>
    public int MunicipalityCount { get; init; }
}
