using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>An arrangement in the list.</summary>
/// <param name="Id">The arrangement's id, as in /api/v1/arrangements/{id}.</param>
/// <param name="Name">The arrangement's name.</param>
/// <param name="ShortName">Its short name, where it has one.</param>
/// <param name="GoalLevel">Why the municipalities cooperate.</param>
/// <param name="LegalForm">The legal form.</param>
/// <param name="Seat">The place of establishment (vestigingsplaats).</param>
/// <param name="StartDate">The first day the arrangement applied.</param>
/// <param name="ParticipantCount">The number of participants today.</param>
/// <param name="IsExample">True for a demo arrangement that shows what the register can hold; not a real one.</param>
public sealed record ApiArrangementSummary(
    int Id,
    string Name,
    string? ShortName,
    ApiGoalLevel GoalLevel,
    ApiLegalForm LegalForm,
    string? Seat,
    DateOnly? StartDate,
    int ParticipantCount,
    bool IsExample)
{
    public static ApiArrangementSummary From(ArrangementListItem item) => new(
        item.Id, item.Name, item.ShortName, item.GoalLevel.ToContract<ApiGoalLevel>(), item.LegalForm.ToContract<ApiLegalForm>(),
        item.Seat, item.StartDate, item.ParticipantCount, item.IsExample);
}
