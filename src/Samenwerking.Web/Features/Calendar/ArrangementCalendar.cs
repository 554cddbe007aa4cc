using Samenwerking.Web.Domain;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>A regeling's documents and deadlines, and every participating council's zienswijze on each.</summary>
public sealed record ArrangementCalendar(
    int Id,
    string Name,
    LegalForm LegalForm,
    bool HasCycle,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CalendarItem> Items,
    IReadOnlyList<(string Code, string Name)> Councils,
    IReadOnlyList<ZienswijzeView> Zienswijzen,
    IReadOnlyList<DocumentRecord> Documents)
{
    public IEnumerable<ZienswijzeView> ZienswijzenOn(int? documentId) =>
        documentId is { } id ? Zienswijzen.Where(z => z.PlanningDocumentId == id) : [];

    public DocumentRecord? DocumentOf(Deadline deadline) =>
        Documents.FirstOrDefault(d => d.Kind == deadline.Document && d.Year == deadline.Year && d.Number == deadline.Number);
}

/// <summary>A document somebody recorded.</summary>
public sealed record DocumentRecord(int Id, PlanningDocumentKind Kind, int Year, int Number, DateOnly? SentOn, string? Title, string? Link, int Revision, uint Version);
