namespace Samenwerking.Web.Domain.Calendar;

/// <summary>
/// One deadline of a planning-and-control document. <see cref="IsStatutoryLatest"/> is true while the date is the
/// law's latest ("wettelijk uiterlijk"), false once it follows from a date someone recorded.
/// </summary>
public sealed record Deadline(
    PlanningDocumentKind Document,
    int Year,
    int Number,
    DeadlineKind Kind,
    DateOnly Date,
    bool IsStatutoryLatest,
    string Article,
    bool CouncilMayGiveZienswijze)
{
    /// <summary>Stable within the register: the same document and deadline keep the same key when their date moves.</summary>
    public string Key => $"{Document}-{Year}-{Number}-{Kind}".ToLowerInvariant();
}
