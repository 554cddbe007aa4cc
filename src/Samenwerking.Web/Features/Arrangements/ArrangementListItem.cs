using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record ArrangementListItem(
    int Id,
    string Name,
    string? ShortName,
    GoalLevel GoalLevel,
    LegalForm LegalForm,
    string? Seat,
    DateOnly? StartDate,
    int ParticipantCount,
    bool IsExample);
