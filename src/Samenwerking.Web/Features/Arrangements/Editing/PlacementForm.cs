namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>A task that a participating municipality placed in the arrangement, for a period.</summary>
public sealed class PlacementForm
{
    public int? Id { get; set; }

    public string? MunicipalityCode { get; set; }

    public int? TaskId { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    /// <summary>Why the import suggested this placement, while it is a suggestion no one has decided on; else null.</summary>
    public string? SuggestionReason { get; set; }

    /// <summary>A saved suggestion: removing it from the form rejects it (decision 0021).</summary>
    public bool IsSuggestion => Id is not null && SuggestionReason is not null;
}
