using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>One council's zienswijze on one document, as a griffier records it.</summary>
public sealed class ZienswijzeForm
{
    public string MunicipalityCode { get; set; } = "";

    public int ArrangementId { get; set; }

    public PlanningDocumentKind Kind { get; set; }

    public int Year { get; set; }

    public int Number { get; set; }

    public ZienswijzeStatus? Status { get; set; }

    public DateOnly? MeetingOn { get; set; }

    public DateOnly? GivenOn { get; set; }

    public string? Text { get; set; }

    public string? Link { get; set; }

    public string? Reply { get; set; }

    public DateOnly? ReplyOn { get; set; }

    /// <summary>The version the griffier saw; null when nothing was recorded for this council yet.</summary>
    public uint? Version { get; set; }
}
