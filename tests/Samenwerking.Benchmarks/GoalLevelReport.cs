using Samenwerking.Testing;

namespace Samenwerking.Benchmarks;

/// <summary>Agreement of the suggested goal levels with the hand labels, per part (docs/goal-levels.md).</summary>
internal static class GoalLevelReport
{
    public static async Task<int> RunAsync()
    {
        var outcomes = await GoalLevelLabels.EvaluateAsync();
        foreach (var split in new[] { GoalLevelLabels.Tune, GoalLevelLabels.Holdout })
        {
            var part = outcomes.Where(o => o.Label.Split == split).ToList();
            Console.WriteLine($"## {split}: {part.Count(o => o.Agrees)} of {part.Count} agree ({GoalLevelLabels.Agreement(part):P1})\n");
            Console.WriteLine(GoalLevelLabels.ConfusionMatrix(part));
            Console.WriteLine();
            foreach (var miss in part.Where(o => !o.Agrees))
            {
                Console.WriteLine($"- {miss.Label.SystemId} {miss.Regeling.Title}: label {miss.Label.Level}, voorstel {miss.Suggestion.GoalLevel} — {miss.Suggestion.Reason}");
            }

            Console.WriteLine();
        }

        return 0;
    }
}
