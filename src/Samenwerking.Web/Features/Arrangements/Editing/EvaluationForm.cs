namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class EvaluationForm
{
    public int? Id { get; set; }

    public DateTime? PerformedOn { get; set; }

    public DateTime? PlannedFor { get; set; }

    public string? Summary { get; set; }
}
