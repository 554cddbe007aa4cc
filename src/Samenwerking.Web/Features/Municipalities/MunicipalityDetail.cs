namespace Samenwerking.Web.Features.Municipalities;

public sealed record MunicipalityDetail(
    string Code,
    string Name,
    string Province,
    DateOnly? ValidTo,
    string? SuccessorCode,
    string? SuccessorName,
    IReadOnlyList<MunicipalityArrangement> Arrangements,
    IReadOnlyList<string> OwnTasks,
    IReadOnlyDictionary<string, int> SharedWith);
