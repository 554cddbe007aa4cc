using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;

namespace Samenwerking.Tests.Components;

public sealed class LabelsTests
{
    [Fact]
    public void Every_legal_form_goal_level_and_BBV_group_has_its_own_Dutch_label()
    {
        Assert.Equal(Enum.GetValues<LegalForm>().Length, Enum.GetValues<LegalForm>().Select(f => f.Label()).Distinct().Count());
        Assert.Equal(Enum.GetValues<GoalLevel>().Length, Enum.GetValues<GoalLevel>().Select(f => f.Explanation()).Distinct().Count());
        Assert.Equal(Enum.GetValues<BbvGroup>().Length, Enum.GetValues<BbvGroup>().Select(f => f.Label()).Distinct().Count());
    }

    [Fact]
    public void Names_a_gemeenschappelijke_regeling_with_its_Wgr_form()
    {
        Assert.Equal("Gemeenschappelijke regeling: openbaar lichaam", LegalForm.OpenbaarLichaam.FullLabel());
        Assert.Equal("Stichting", LegalForm.Stichting.FullLabel());
    }

    [Fact]
    public void Writes_dates_and_percentages_the_Dutch_way()
    {
        Assert.Equal("1 januari 2019", Labels.Date(new DateOnly(2019, 1, 1)));
        Assert.Equal("onbekend", Labels.Date(null));
        Assert.Equal("33,33 %", Labels.Percentage(33.33m));
    }
}
