using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A version of the regeling in the national register.</summary>
/// <param name="NationalRegisterId">The version's id in the national register (systeemId).</param>
/// <param name="Title">The regeling's title in this version.</param>
/// <param name="StartDate">The first day this version was in force.</param>
/// <param name="EndDate">The first day it no longer was; null while it is.</param>
/// <param name="PublicationUrl">The published text of this version, where the register links it.</param>
public sealed record ApiVersion(string NationalRegisterId, string Title, DateOnly? StartDate, DateOnly? EndDate, string? PublicationUrl)
{
    public static ApiVersion From(VersionItem version) =>
        new(version.NationalRegisterId, version.Title, version.StartDate, version.EndDate, version.PublicationUrl);
}
