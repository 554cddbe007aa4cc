using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record ArrangementDetail(
    int Id,
    string Name,
    string? ShortName,
    GoalLevel GoalLevel,
    bool GoalLevelIsSuggestion,
    LegalForm LegalForm,
    string? Purpose,
    string? PublicInterest,
    string? Seat,
    string? Address,
    string? CentralMunicipalityCode,
    string? CentralMunicipalityName,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? NationalRegisterId,
    bool IsExample,
    IReadOnlyList<string> PolicyAreas,
    IReadOnlyList<LinkItem> Links,
    IReadOnlyList<PowerItem> Powers,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<PlacementItem> Placements)
{
    public BbvGroup BbvGroup => LegalForm.BbvGroup();
}
