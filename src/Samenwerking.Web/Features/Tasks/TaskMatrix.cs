namespace Samenwerking.Web.Features.Tasks;

/// <summary>Every catalog task with where one municipality has it carried out on a date: the gaps are the rows without placements.</summary>
public sealed record TaskMatrix(IReadOnlyList<TaskMatrixRow> Rows)
{
    public int Count(PlacementStatus status) => Rows.Count(r => r.Status == status);

    /// <summary>Rows whose every placement is still the import's suggestion.</summary>
    public int OnlySuggested => Rows.Count(r => r.Placements.Count > 0 && r.Placements.All(p => p.IsSuggestion));
}

/// <summary>One catalog task and where the municipality placed it: none (a gap), one or, now and then, several.</summary>
public sealed record TaskMatrixRow(TaskCatalogItem Task, IReadOnlyList<TaskMatrixPlacement> Placements)
{
    public PlacementStatus Status =>
        Placements.Any(p => p.ArrangementId is not null) ? PlacementStatus.InArrangement
        : Placements.Count > 0 ? PlacementStatus.KeptThemselves
        : PlacementStatus.NothingRegistered;
}

/// <summary>
/// A placement of the municipality: the arrangement (none when it keeps the task) and the partners, the other
/// municipalities that placed the same task in the same arrangement on the date.
/// </summary>
public sealed record TaskMatrixPlacement(
    int? ArrangementId,
    string? ArrangementName,
    bool IsSuggestion,
    string? SuggestionReason,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<MunicipalityRef> Partners);
