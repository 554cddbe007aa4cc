using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>One council's zienswijze on a document, as pages show it.</summary>
public sealed record ZienswijzeView(
    int PlanningDocumentId,
    string MunicipalityCode,
    string MunicipalityName,
    ZienswijzeStatus Status,
    DateOnly? MeetingOn,
    DateOnly? GivenOn,
    string? Text,
    string? Link,
    string? Reply,
    DateOnly? ReplyOn,
    uint Version);
