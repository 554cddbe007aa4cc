namespace Samenwerking.Web.Features.Tasks;

/// <summary>A catalog task, with how many municipalities place it in an arrangement and in how many arrangements.</summary>
public sealed record TaskListItem(
    int Id,
    string Name,
    string Taakveld,
    string PolicyAreaCode,
    string PolicyArea,
    int MunicipalityCount,
    int ArrangementCount);
