namespace Samenwerking.Web.Domain;

/// <summary>A planning-and-control document sent to the councils, and whether a zienswijze was given.</summary>
public sealed class ControlMoment
{
    public const int OutcomeMaxLength = 2000;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public ControlMomentKind Kind { get; set; }

    public int Year { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    public DateOnly? ZienswijzeDeadline { get; set; }

    public bool ZienswijzeSubmitted { get; set; }

    public string? Outcome { get; set; }
}
