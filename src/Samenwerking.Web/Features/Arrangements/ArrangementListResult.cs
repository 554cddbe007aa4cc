namespace Samenwerking.Web.Features.Arrangements;

/// <summary>One page of the filtered arrangement list, and the options the filters offer.</summary>
public sealed record ArrangementListResult(IReadOnlyList<ArrangementListItem> Items, int TotalCount, ArrangementFilterOptions Options);
