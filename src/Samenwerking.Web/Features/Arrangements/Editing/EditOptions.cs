namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>What the form's pickers offer.</summary>
public sealed record EditOptions(
    IReadOnlyList<FilterOption> Municipalities,
    IReadOnlyList<FilterOption> Organisations,
    IReadOnlyList<FilterOption> Tasks,
    IReadOnlyList<FilterOption> PolicyAreas);
