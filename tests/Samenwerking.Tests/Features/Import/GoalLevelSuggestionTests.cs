using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Import.Roo;

namespace Samenwerking.Tests.Features.Import;

public sealed class GoalLevelSuggestionTests
{
    [Fact]
    public void Suggests_operational_for_a_bedrijfsvoeringsorganisatie() =>
        Assert.Equal(GoalLevel.Operationeel, GoalLevelSuggestion.For(LegalForm.Bedrijfsvoeringsorganisatie, ["6"], "GR Werkbedrijf", null).GoalLevel);

    [Fact]
    public void Suggests_strategic_for_regional_strategy_and_says_why()
    {
        var suggestion = GoalLevelSuggestion.For(LegalForm.OpenbaarLichaam, ["3", "8"], "Gemeenschappelijke regeling Metropoolregio Eindhoven", null);

        Assert.Equal(GoalLevel.Strategisch, suggestion.GoalLevel);
        Assert.Contains("metropoolregio", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_operational_for_shared_tax_collection() =>
        Assert.Equal(GoalLevel.Operationeel,
            GoalLevelSuggestion.For(LegalForm.OpenbaarLichaam, ["0"], "Belastingsamenwerking Gemeenten en Waterschappen", "heffen en innen van belastingen").GoalLevel);

    [Fact]
    public void Suggests_tactical_for_a_veiligheidsregio() =>
        Assert.Equal(GoalLevel.Tactisch,
            GoalLevelSuggestion.For(LegalForm.OpenbaarLichaam, ["1"], "Gemeenschappelijke regeling Veiligheidsregio Utrecht", "brandweerzorg en crisisbeheersing").GoalLevel);
}
