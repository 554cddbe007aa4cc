using Samenwerking.Web.Features.Municipalities;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>One municipality; one that merged says when it ceased to exist and which municipality succeeded it.</summary>
/// <param name="Code">The CBS code, such as GM0344.</param>
/// <param name="Name">The municipality's name.</param>
/// <param name="Province">The name of its province.</param>
/// <param name="ValidTo">The first day the municipality no longer existed; null while it exists.</param>
/// <param name="SuccessorCode">The CBS code of the municipality it merged into.</param>
public sealed record ApiMunicipality(string Code, string Name, string Province, DateOnly? ValidTo, string? SuccessorCode)
{
    public static ApiMunicipality From(MunicipalityDetail detail) =>
        new(detail.Code, detail.Name, detail.Province, detail.ValidTo, detail.SuccessorCode);
}
