using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Testing;

/// <summary>
/// The hand-labelled goal levels of the half national register (Data/goal-levels-labelled.csv) against what the import
/// suggests: agreement and a confusion matrix, per part (the tuning part and the part set aside).
/// </summary>
public static class GoalLevelLabels
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";

    public sealed record Label(string SystemId, GoalLevel Level, string Split, string Reason);

    public sealed record Outcome(Label Label, RooRegeling Regeling, GoalLevelSuggestion Suggestion)
    {
        public bool Agrees => Label.Level == Suggestion.GoalLevel;
    }

    public static IReadOnlyList<Label> Read() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "goal-levels-labelled.csv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Skip(1)
        .Select(line => line.Split(';'))
        .Select(f => new Label(f[0], Enum.Parse<GoalLevel>(f[2]), f[3], f[4]))
        .ToList();

    /// <summary>Every label with the regeling it is about and the import's suggestion for it.</summary>
    public static async Task<IReadOnlyList<Outcome>> EvaluateAsync()
    {
        await using var file = File.OpenRead(SharedData.PathOf("roo/national-half-exportOO.xml"));
        var regelingen = (await RooReader.ReadAsync(file, CancellationToken.None)).Regelingen.ToDictionary(r => r.SystemId);
        return Read().Select(label => new Outcome(label, regelingen[label.SystemId], GoalLevelSuggestion.For(regelingen[label.SystemId]))).ToList();
    }

    public static double Agreement(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(o => o.Agrees) / list.Count;
    }

    /// <summary>The confusion matrix as a Markdown table: rows are the labels, columns the suggestions.</summary>
    public static string ConfusionMatrix(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToList();
        var levels = Enum.GetValues<GoalLevel>();
        var lines = new List<string>
        {
            "| label ↓ / voorstel → | " + string.Join(" | ", levels) + " | totaal |",
            "|---|" + string.Concat(levels.Select(_ => "---:|")) + "---:|",
        };
        lines.AddRange(levels.Select(label =>
            $"| {label} | " + string.Join(" | ", levels.Select(s => list.Count(o => o.Label.Level == label && o.Suggestion.GoalLevel == s))) +
            $" | {list.Count(o => o.Label.Level == label)} |"));
        return string.Join('\n', lines);
    }
}
