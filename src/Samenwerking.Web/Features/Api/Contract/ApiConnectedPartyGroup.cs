namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>One of the four groups of the paragraaf verbonden partijen, with its parties by name.</summary>
/// <param name="Group">The group.</param>
/// <param name="Parties">The municipality's verbonden partijen in this group.</param>
public sealed record ApiConnectedPartyGroup(ApiBbvGroup Group, IReadOnlyList<ApiConnectedParty> Parties);
