using Samenwerking.Testing;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

/// <summary>
/// The goal-level rules on real regelingen of the half national register, and their agreement with careful human
/// labels on the third that was set aside before the rules were tuned (docs/goal-levels.md).
/// </summary>
public sealed class GoalLevelSuggestionTests
{
    private static readonly Lazy<Task<IReadOnlyList<GoalLevelLabels.Outcome>>> Outcomes = new(GoalLevelLabels.EvaluateAsync);

    private static async Task<GoalLevelSuggestion> SuggestionForAsync(string systemId) =>
        (await Outcomes.Value).Single(o => o.Label.SystemId == systemId).Suggestion;

    [Fact]
    public async Task Agrees_with_the_labels_set_aside_in_at_least_85_percent()
    {
        var holdout = (await Outcomes.Value).Where(o => o.Label.Split == GoalLevelLabels.Holdout).ToList();

        Assert.Equal(63, holdout.Count);
        Assert.True(GoalLevelLabels.Agreement(holdout) >= 0.85, GoalLevelLabels.ConfusionMatrix(holdout));
    }

    [Theory]
    [InlineData("30512991", GoalLevel.Strategisch, "regionale agenda")] // Regio Midden-Holland
    [InlineData("29990242", GoalLevel.Strategisch, "regionale agenda")] // Regio Hart van Brabant: a broad agenda, whatever its form
    [InlineData("28143830", GoalLevel.Strategisch, "regionale agenda")] // Euregio Rijn-Maas-Noord
    [InlineData("24961576", GoalLevel.Tactisch, "sociale werkvoorziening")] // De Betho: a BVO that runs the Wsw is no back office
    [InlineData("23862467", GoalLevel.Tactisch, "veiligheidsregio")] // Veiligheidsregio Groningen
    [InlineData("24077696", GoalLevel.Operationeel, "belastingen")] // Gemeenschappelijk Belastingkantoor Beuningen
    [InlineData("30453543", GoalLevel.Operationeel, "archiefbeheer")] // Brabants Historisch Informatie Centrum
    [InlineData("30500501", GoalLevel.Operationeel, "zonder eigen beleidstaak")] // Afvalstoffenverwerking Zeeland
    public async Task Suggests_the_level_of_a_real_regeling_with_its_reason(string systemId, GoalLevel level, string reason)
    {
        var suggestion = await SuggestionForAsync(systemId);

        Assert.Equal(level, suggestion.GoalLevel);
        Assert.Contains(reason, suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_call_youth_care_purchasing_strategic_for_a_word_like_inkoopstrategie()
    {
        var youthCare = (await Outcomes.Value).Where(o => o.Label.Level != GoalLevel.Strategisch
            && o.Regeling.Purpose?.Contains("jeugdhulp", StringComparison.OrdinalIgnoreCase) == true).ToList();

        Assert.NotEmpty(youthCare);
        Assert.DoesNotContain(youthCare, o => o.Suggestion.GoalLevel == GoalLevel.Strategisch);
    }
}
