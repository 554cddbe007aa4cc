using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Compare;

/// <summary>Two or more municipalities side by side as of one date: arrangements, tasks and contributions.</summary>
public sealed record Comparison(
    DateOnly Date,
    IReadOnlyList<ComparedMunicipality> Municipalities,
    IReadOnlyList<ComparedArrangement> Arrangements,
    IReadOnlyList<ComparedTask> Tasks,
    IReadOnlyList<string> Unknown)
{
    public int Year => Date.Year;

    public int CountOf(int municipalityId) => Arrangements.Count(a => a.Contribution.ContainsKey(municipalityId));

    public int CountOf(int municipalityId, GoalLevel level) =>
        Arrangements.Count(a => a.GoalLevel == level && a.Contribution.ContainsKey(municipalityId));

    public decimal TotalOf(int municipalityId) => Arrangements.Sum(a => a.Contribution.GetValueOrDefault(municipalityId) ?? 0);
}

public sealed record ComparedMunicipality(int Id, string Code, string Name);

/// <summary>An arrangement and, per compared municipality that takes part, its contribution in the year (null: none registered).</summary>
public sealed record ComparedArrangement(int Id, string Name, GoalLevel GoalLevel, LegalForm LegalForm, IReadOnlyDictionary<int, decimal?> Contribution);

/// <summary>A task and, per compared municipality, where it placed it ("zelf" when it keeps it).</summary>
public sealed record ComparedTask(int Id, string Name, IReadOnlyDictionary<int, string> PlacedWith)
{
    public bool Differs(IReadOnlyList<ComparedMunicipality> municipalities) =>
        municipalities.Select(m => PlacedWith.GetValueOrDefault(m.Id)).Distinct().Count() > 1;
}
