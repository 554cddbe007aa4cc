namespace Samenwerking.Web.Features.Arrangements;

public sealed record ArrangementFilterOptions(
    IReadOnlyList<FilterOption> PolicyAreas,
    IReadOnlyList<FilterOption> Provinces,
    IReadOnlyList<FilterOption> Municipalities);
