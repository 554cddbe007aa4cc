using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>One deadline of one regeling's document, with what was recorded about the document and, on a municipality's page, its council's zienswijze.</summary>
public sealed record CalendarItem(
    int ArrangementId,
    string ArrangementName,
    Deadline Deadline,
    DateOnly? SentOn,
    int Revision,
    string? Title,
    string? Link,
    ZienswijzeView? Zienswijze);
