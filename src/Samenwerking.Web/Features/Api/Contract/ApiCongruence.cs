using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A municipality's partner municipalities and, per field, whether it works with the same ones (congruence).</summary>
/// <param name="Code">The municipality's CBS code.</param>
/// <param name="Name">The municipality's name.</param>
/// <param name="Date">The date the partners and fields are given for.</param>
/// <param name="ArrangementCount">The number of arrangements the municipality takes part in on the date.</param>
/// <param name="Partners">The partner municipalities, most shared arrangements first.</param>
/// <param name="Fields">The fields, the social domain's themes first.</param>
public sealed record ApiCongruence(
    string Code,
    string Name,
    DateOnly Date,
    int ArrangementCount,
    IReadOnlyList<ApiPartner> Partners,
    IReadOnlyList<ApiCongruenceField> Fields)
{
    public static ApiCongruence From(MunicipalityCongruence congruence) => new(
        congruence.Code, congruence.Name, congruence.Date, congruence.ArrangementCount,
        congruence.Partners.Select(ApiPartner.From).ToList(), congruence.Fields.Select(ApiCongruenceField.From).ToList());
}
