using Bunit;
using Samenwerking.Tests.Components;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.Tests.Features;

public sealed class GeneralSectionTests : MudComponentTest
{
    private static readonly EditOptions Options = new([], [], [], [new FilterOption("1", "Veiligheid")]);

    [Fact]
    public void Shows_a_message_next_to_the_field_it_is_about()
    {
        var errors = new FormErrors(new Dictionary<string, string[]> { ["Name"] = ["Vul de naam in."] });

        var section = Render<GeneralSection>(p => p.Add(s => s.Form, new ArrangementForm()).Add(s => s.Errors, errors).Add(s => s.Options, Options));

        var field = section.FindAll(".mud-input-control").First(c => c.TextContent.Contains("Naam", StringComparison.Ordinal));
        Assert.Contains("Vul de naam in.", field.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_for_a_central_municipality_only_for_a_centrumregeling()
    {
        var form = new ArrangementForm { LegalForm = LegalForm.OpenbaarLichaam };
        var section = Render<GeneralSection>(p => p.Add(s => s.Form, form).Add(s => s.Errors, FormErrors.None).Add(s => s.Options, Options));
        Assert.DoesNotContain("Centrumgemeente", section.Markup, StringComparison.Ordinal);

        form.LegalForm = LegalForm.Centrumregeling;
        section.Render();

        Assert.Contains("Centrumgemeente", section.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Explains_the_three_goal_levels_where_they_are_chosen()
    {
        var section = Render<GeneralSection>(p => p.Add(s => s.Form, new ArrangementForm()).Add(s => s.Errors, FormErrors.None).Add(s => s.Options, Options));

        Assert.Equal(3, section.FindAll("input[type=radio]").Count);
        Assert.Contains("bedrijfsvoering", section.Markup, StringComparison.Ordinal);
    }
}
