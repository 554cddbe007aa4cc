using Samenwerking.Web.Domain;

namespace Samenwerking.Tests.Domain;

/// <summary>Periods start on their first day and end on the first day they no longer apply.</summary>
public sealed class PeriodTests
{
    private static readonly DateOnly Join = new(2020, 1, 1);
    private static readonly DateOnly Leave = new(2024, 1, 1);

    [Theory]
    [InlineData("2019-12-31", false)]
    [InlineData("2020-01-01", true)]
    [InlineData("2023-12-31", true)]
    [InlineData("2024-01-01", false)]
    public void A_membership_is_active_from_joining_until_the_day_of_leaving(string date, bool active)
    {
        var membership = new Membership { JoinDate = Join, LeaveDate = Leave };

        Assert.Equal(active, Membership.ActiveOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Compile()(membership));
    }

    [Fact]
    public void A_membership_without_dates_is_always_active() =>
        Assert.True(Membership.ActiveOn(new DateOnly(1990, 1, 1)).Compile()(new Membership()));

    [Fact]
    public void A_task_placement_follows_the_same_rule()
    {
        var placement = new TaskPlacement { StartDate = Join, EndDate = Leave };

        Assert.True(TaskPlacement.ActiveOn(Join).Compile()(placement));
        Assert.False(TaskPlacement.ActiveOn(Leave).Compile()(placement));
    }
}
