using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record ArrangementDetail(
    int Id,
    string Name,
    string? ShortName,
    GoalLevel GoalLevel,
    bool GoalLevelIsSuggestion,
    string? GoalLevelReason,
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
    IReadOnlyList<PowerAcquisition> PowerAcquisitions,
    IReadOnlyList<ParticipantItem> Participants,
    IReadOnlyList<PlacementItem> Placements,
    IReadOnlyList<VersionItem> Versions)
{
    public BbvGroup BbvGroup => LegalForm.BbvGroup();

    /// <summary>Raadsregeling, collegeregeling …: from the bodies the participants take part with on the date; GRs only.</summary>
    public RegelingKind? KindOn(DateOnly date) => LegalForm.IsGemeenschappelijkeRegeling()
        ? RegelingKinds.Of(Participants.Where(p => p.IsActiveOn(date)).Select(p => (IReadOnlyCollection<GoverningBody>)p.GoverningBodies))
        : null;

    /// <summary>The version of the regeling in force on the date, where the register knows its versions.</summary>
    public VersionItem? VersionOn(DateOnly date) => Versions.LastOrDefault(v => v.IsInForceOn(date));
}
