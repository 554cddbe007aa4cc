using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A municipality by its CBS code and name.</summary>
/// <param name="Code">The CBS code, such as GM0344.</param>
/// <param name="Name">The municipality's name.</param>
public sealed record ApiMunicipalityRef(string Code, string Name)
{
    public static ApiMunicipalityRef From(MunicipalityRef municipality) => new(municipality.Code, municipality.Name);
}
