using Samenwerking.Web.Features.Municipalities;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A municipality in the list, with the number of arrangements it takes part in on the date.</summary>
/// <param name="Code">The CBS code, such as GM0344.</param>
/// <param name="Name">The municipality's name.</param>
/// <param name="Province">The name of its province.</param>
/// <param name="ArrangementCount">The number of arrangements it takes part in on the date.</param>
public sealed record ApiMunicipalitySummary(string Code, string Name, string Province, int ArrangementCount)
{
    public static ApiMunicipalitySummary From(MunicipalityListItem item) => new(item.Code, item.Name, item.Province, item.ArrangementCount);
}
