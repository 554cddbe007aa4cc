using Bunit;
using Samenwerking.Tests.Components;
using Samenwerking.Web.Domain.Instruments;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.Tests.Features;

public sealed class RegelingRulesSectionTests : MudComponentTest
{
    [Fact]
    public void Starts_every_choice_at_niet_geregistreerd()
    {
        var section = Render<RegelingRulesSection>(p => p.Add(s => s.Form, new ArrangementForm()).Add(s => s.Errors, FormErrors.None));

        Assert.Equal(2, section.FindAll("input[value='Niet geregistreerd']").Count);
    }

    [Fact]
    public void Shows_the_period_message_next_to_the_period()
    {
        var errors = new FormErrors(new Dictionary<string, string[]> { ["EvaluationPeriodYears"] = [InstrumentMessages.EvaluationPeriod] });

        var section = Render<RegelingRulesSection>(p => p.Add(s => s.Form, new ArrangementForm { EvaluationPeriodYears = -2 }).Add(s => s.Errors, errors));

        var field = section.FindAll(".mud-input-control").First(c => c.TextContent.Contains("Evaluatietermijn", StringComparison.Ordinal));
        Assert.Contains(InstrumentMessages.EvaluationPeriod, field.TextContent, StringComparison.Ordinal);
    }
}
