namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>A task that a participating municipality placed in the arrangement, for a period.</summary>
public sealed class PlacementForm
{
    public int? Id { get; set; }

    public string? MunicipalityCode { get; set; }

    public int? TaskId { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }
}
