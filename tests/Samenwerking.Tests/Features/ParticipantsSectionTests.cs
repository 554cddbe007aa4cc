using Bunit;
using Samenwerking.Tests.Components;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.Tests.Features;

public sealed class ParticipantsSectionTests : MudComponentTest
{
    private static readonly EditOptions Options = new([], [], [], []);

    [Fact]
    public void Shows_each_participant_with_its_own_risk_class()
    {
        var form = new ArrangementForm
        {
            Memberships =
            [
                new MembershipForm { MunicipalityCode = "GM0344", DisplayName = "Utrecht", RiskClass = 2 },
                new MembershipForm { MunicipalityCode = "GM0355", DisplayName = "Zeist", RiskClass = 3 },
            ],
        };

        var section = Render<ParticipantsSection>(p => p.Add(s => s.Form, form).Add(s => s.Errors, FormErrors.None).Add(s => s.Options, Options));

        var shown = section.FindAll("div.mud-select-input").Select(e => e.TextContent.Trim()).Where(t => t.StartsWith("Klasse", StringComparison.Ordinal) && t.Length == "Klasse 1".Length);
        Assert.Equal(["Klasse 2", "Klasse 3"], shown);
    }

    [Fact]
    public void Offers_to_remove_only_participants_that_were_never_saved()
    {
        var form = new ArrangementForm
        {
            Memberships =
            [
                new MembershipForm { Id = 7, MunicipalityCode = "GM0344", DisplayName = "Utrecht" },
                new MembershipForm { MunicipalityCode = "GM0355", DisplayName = "Zeist" },
            ],
        };

        var section = Render<ParticipantsSection>(p => p.Add(s => s.Form, form).Add(s => s.Errors, FormErrors.None).Add(s => s.Options, Options));

        Assert.Empty(section.FindAll("button[aria-label='Utrecht verwijderen']"));
        Assert.Single(section.FindAll("button[aria-label='Zeist verwijderen']"));
    }
}
