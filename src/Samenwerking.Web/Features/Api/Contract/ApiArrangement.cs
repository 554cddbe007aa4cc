using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>
/// A samenwerkingsverband with its participants over time and its task placements; for a gemeenschappelijke regeling
/// also its versions in the national register. Facts that change over time are given as of the reference date.
/// </summary>
/// <param name="Id">The arrangement's id.</param>
/// <param name="Name">The arrangement's name.</param>
/// <param name="ShortName">Its short name, where it has one.</param>
/// <param name="GoalLevel">Why the municipalities cooperate.</param>
/// <param name="GoalLevelIsSuggestion">True while the goal level is the import's suggestion that no administrator has confirmed.</param>
/// <param name="GoalLevelReason">Why the import suggested this goal level; null once an administrator confirmed it.</param>
/// <param name="LegalForm">The legal form.</param>
/// <param name="RegelingKind">
/// For a gemeenschappelijke regeling, whose regeling it is on the reference date, from the bodies its participants
/// take part with; null for other legal forms, or when no municipal body is known.
/// </param>
/// <param name="BbvGroup">The group of the paragraaf verbonden partijen its legal form belongs to.</param>
/// <param name="Purpose">What the arrangement is for (doel).</param>
/// <param name="PublicInterest">The public interest it serves (openbaar belang, BBV art. 15).</param>
/// <param name="Seat">The place of establishment (vestigingsplaats).</param>
/// <param name="Address">The address, on one line.</param>
/// <param name="CentralMunicipalityCode">For a centrumregeling, the CBS code of the central municipality.</param>
/// <param name="CentralMunicipalityName">For a centrumregeling, the name of the central municipality.</param>
/// <param name="StartDate">The first day the arrangement applied.</param>
/// <param name="EndDate">The first day it no longer applies; null while it does.</param>
/// <param name="NationalRegisterId">The regeling's id in the national register (systeemId), for a gemeenschappelijke regeling.</param>
/// <param name="IsExample">True for a demo arrangement that shows what the register can hold; not a real one.</param>
/// <param name="PolicyAreas">The BBV policy areas (beleidsterreinen) it works in.</param>
/// <param name="Links">The published text of the regeling first, then the laws it rests on and other documents.</param>
/// <param name="PowerAcquisitions">
/// How the powers were obtained, as the national register states it for the whole regeling; empty when it does not
/// state it.
/// </param>
/// <param name="Powers">The powers the participants transferred.</param>
/// <param name="Participants">Every participant over time, municipalities first.</param>
/// <param name="Placements">The tasks the municipalities placed here, over time.</param>
/// <param name="Versions">The versions of the regeling in the national register, oldest first; empty for an arrangement outside it.</param>
/// <param name="VersionInForce">The version in force on the reference date; null when none is.</param>
/// <param name="ReferenceDate">The date regelingKind and versionInForce are given for (peildatum; default today).</param>
public sealed record ApiArrangement(
    int Id,
    string Name,
    string? ShortName,
    ApiGoalLevel GoalLevel,
    bool GoalLevelIsSuggestion,
    string? GoalLevelReason,
    ApiLegalForm LegalForm,
    ApiRegelingKind? RegelingKind,
    ApiBbvGroup BbvGroup,
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
    IReadOnlyList<ApiLink> Links,
    // Before powers: the OpenAPI document describes an enum as the first property that uses it, and the nullable
    // ApiPower.Acquisition would add null to its values (dotnet/aspnetcore#60986).
    IReadOnlyList<ApiPowerAcquisition> PowerAcquisitions,
    IReadOnlyList<ApiPower> Powers,
    IReadOnlyList<ApiParticipant> Participants,
    IReadOnlyList<ApiPlacement> Placements,
    IReadOnlyList<ApiVersion> Versions,
    ApiVersion? VersionInForce,
    DateOnly ReferenceDate)
{
    public static ApiArrangement From(ArrangementDetail detail, DateOnly date) => new(
        detail.Id,
        detail.Name,
        detail.ShortName,
        detail.GoalLevel.ToContract<ApiGoalLevel>(),
        detail.GoalLevelIsSuggestion,
        // A reason left behind by a confirmed goal level no longer explains it.
        detail.GoalLevelIsSuggestion ? detail.GoalLevelReason : null,
        detail.LegalForm.ToContract<ApiLegalForm>(),
        detail.KindOn(date)?.ToContract<ApiRegelingKind>(),
        detail.BbvGroup.ToContract<ApiBbvGroup>(),
        detail.Purpose,
        detail.PublicInterest,
        detail.Seat,
        detail.Address,
        detail.CentralMunicipalityCode,
        detail.CentralMunicipalityName,
        detail.StartDate,
        detail.EndDate,
        detail.NationalRegisterId,
        detail.IsExample,
        detail.PolicyAreas,
        detail.Links.Select(ApiLink.From).ToList(),
        detail.PowerAcquisitions.Select(a => a.ToContract<ApiPowerAcquisition>()).ToList(),
        detail.Powers.Select(ApiPower.From).ToList(),
        detail.Participants.Select(ApiParticipant.From).ToList(),
        detail.Placements.Select(ApiPlacement.From).ToList(),
        detail.Versions.Select(ApiVersion.From).ToList(),
        detail.VersionOn(date) is { } inForce ? ApiVersion.From(inForce) : null,
        date);
}
