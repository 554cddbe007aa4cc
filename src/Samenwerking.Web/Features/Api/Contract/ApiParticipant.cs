using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A participant over a period: a municipality (with its code) or another organisation (without).</summary>
/// <param name="MunicipalityCode">The municipality's CBS code; null for another organisation.</param>
/// <param name="Name">The participant's name.</param>
/// <param name="JoinDate">The first day it took part; null when unknown.</param>
/// <param name="LeaveDate">The first day it no longer took part; null while it takes part.</param>
/// <param name="CostSharePercentage">Its share of the costs, in percent.</param>
/// <param name="GoverningBodies">
/// The bodies it takes part with (raad, college, burgemeester …); several for a gemengde regeling; empty when not
/// known.
/// </param>
/// <param name="NamedAs">
/// Set when the national register still names a municipality that merged into this participant: this membership
/// counts from the merger.
/// </param>
/// <param name="Municipality">Set when the participating municipality itself has since merged: when, and into which municipality.</param>
public sealed record ApiParticipant(
    string? MunicipalityCode,
    string Name,
    DateOnly? JoinDate,
    DateOnly? LeaveDate,
    decimal? CostSharePercentage,
    IReadOnlyList<ApiGoverningBody> GoverningBodies,
    ApiFormerMunicipality? NamedAs,
    ApiFormerMunicipality? Municipality)
{
    public static ApiParticipant From(ParticipantItem participant) => new(
        participant.MunicipalityCode, participant.Name, participant.JoinDate, participant.LeaveDate, participant.CostSharePercentage,
        participant.GoverningBodies.Select(b => b.ToContract<ApiGoverningBody>()).ToList(),
        participant.NamedAs is { } namedAs ? ApiFormerMunicipality.From(namedAs) : null,
        participant.Municipality is { } merged ? ApiFormerMunicipality.From(merged) : null);
}
