namespace Samenwerking.Web.Domain;

/// <summary>An evaluation of the arrangement: one that was done, or one that is planned.</summary>
public sealed class Evaluation
{
    public const int SummaryMaxLength = 4000;
    public const int UrlMaxLength = 1000;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public DateOnly? PerformedOn { get; set; }

    public DateOnly? PlannedFor { get; set; }

    public string? Summary { get; set; }

    public string? ReportUrl { get; set; }
}
