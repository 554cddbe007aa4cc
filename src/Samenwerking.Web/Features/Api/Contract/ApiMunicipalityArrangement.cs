using Samenwerking.Web.Features.Municipalities;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>An arrangement as seen from one municipality: its number of partners and the tasks this municipality placed there.</summary>
/// <param name="Id">The arrangement's id, as in /api/v1/arrangements/{id}.</param>
/// <param name="Name">The arrangement's name.</param>
/// <param name="ShortName">Its short name, where it has one.</param>
/// <param name="GoalLevel">Why the municipalities cooperate.</param>
/// <param name="LegalForm">The legal form.</param>
/// <param name="IsExample">True for a demo arrangement that shows what the register can hold; not a real one.</param>
/// <param name="PartnerCount">The number of other participants on the date.</param>
/// <param name="Tasks">The names of the tasks this municipality placed in the arrangement.</param>
/// <param name="NamedAsFormer">The merged municipality the national register still names instead of this one, if any.</param>
public sealed record ApiMunicipalityArrangement(
    int Id,
    string Name,
    string? ShortName,
    ApiGoalLevel GoalLevel,
    ApiLegalForm LegalForm,
    bool IsExample,
    int PartnerCount,
    IReadOnlyList<string> Tasks,
    string? NamedAsFormer)
{
    public static ApiMunicipalityArrangement From(MunicipalityArrangement arrangement) => new(
        arrangement.Id, arrangement.Name, arrangement.ShortName, arrangement.GoalLevel.ToContract<ApiGoalLevel>(),
        arrangement.LegalForm.ToContract<ApiLegalForm>(), arrangement.IsExample, arrangement.PartnerCount, arrangement.Tasks,
        arrangement.NamedAsFormer);
}
