using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Tests.Domain.Calendar;

public sealed class PublicHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_falls_on_the_known_sunday(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PublicHolidays.EasterSunday(year));

    [Fact]
    public void Koningsdag_moves_to_the_26th_when_the_27th_is_a_sunday()
    {
        Assert.Equal(new DateOnly(2025, 4, 26), PublicHolidays.KingsDay(2025));
        Assert.Equal(new DateOnly(2026, 4, 27), PublicHolidays.KingsDay(2026));
        Assert.Equal(new DateOnly(2014, 4, 26), PublicHolidays.KingsDay(2014));
    }

    [Fact]
    public void The_holidays_of_2026_are_those_of_atw_article_3()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 4, 27), new(2026, 5, 5),
            new(2026, 5, 14), new(2026, 5, 25), new(2026, 12, 25), new(2026, 12, 26),
        ];
        Assert.Equal(expected, PublicHolidays.Of(2026).Order());
        Assert.False(PublicHolidays.IsHoliday(new DateOnly(2026, 4, 5)));
        Assert.True(PublicHolidays.IsNonWorkingDay(new DateOnly(2026, 4, 5)));
    }
}
