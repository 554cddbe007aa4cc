using Samenwerking.Web.Features.Overview;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>The paragraaf verbonden partijen (BBV art. 15) of a municipality for one year, in its groups.</summary>
/// <param name="Code">The municipality's CBS code.</param>
/// <param name="Year">The financial year: the year of the date asked for.</param>
/// <param name="Groups">The groups that hold a party, in the order of the BBV.</param>
public sealed record ApiConnectedParties(string Code, int Year, IReadOnlyList<ApiConnectedPartyGroup> Groups)
{
    public static ApiConnectedParties From(MunicipalityOverview overview) => new(
        overview.Code,
        overview.Year,
        overview.VerbondenPartijen
            .Select(group => new ApiConnectedPartyGroup(
                group.Key.ToContract<ApiBbvGroup>(),
                group.Select(party => ApiConnectedParty.From(party, overview.Year)).ToList()))
            .ToList());
}
