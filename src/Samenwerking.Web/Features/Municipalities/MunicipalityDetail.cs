using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Municipalities;

public sealed record MunicipalityDetail(
    string Code,
    string Name,
    string Province,
    DateOnly? ValidTo,
    string? SuccessorCode,
    string? SuccessorName,
    IReadOnlyList<MunicipalityArrangement> Arrangements,
    TaskMatrix Tasks,
    IReadOnlyDictionary<string, int> SharedWith)
{
    /// <summary>The tasks the municipality carries out itself, "(voorgesteld)" where that is only a suggestion.</summary>
    public IReadOnlyList<string> OwnTasks =>
        Tasks.Rows.SelectMany(r => r.Placements.Where(p => p.ArrangementId is null)
            .Select(p => p.IsSuggestion ? $"{r.Task.Name} (voorgesteld)" : r.Task.Name)).ToList();
}
