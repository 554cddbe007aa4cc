namespace Samenwerking.Web.Domain.Calendar;

/// <summary>
/// The algemeen erkende feestdagen of the Algemene termijnenwet, art. 3: Nieuwjaarsdag, tweede Paas- en Pinksterdag,
/// both Kerstdagen, Hemelvaartsdag, the day the King's birthday is celebrated and 5 mei (lid 1), and Goede Vrijdag
/// (lid 2). Days a royal decree equates for a year (lid 3) are published per period and not derived here.
/// </summary>
public static class PublicHolidays
{
    public static bool IsHoliday(DateOnly date) => Of(date.Year).Contains(date);

    /// <summary>A Saturday, Sunday or algemeen erkende feestdag (Atw art. 1 lid 1).</summary>
    public static bool IsNonWorkingDay(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || IsHoliday(date);

    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            easter.AddDays(-2),
            easter.AddDays(1),
            easter.AddDays(39),
            easter.AddDays(50),
            KingsDay(year),
            new(year, 5, 5),
            new(year, 12, 25),
            new(year, 12, 26),
        };
    }

    /// <summary>
    /// Koningsdag: 27 April, the King's birthday, or 26 April when the 27th is a Sunday (Besluit van 2013 over de
    /// viering van Koningsdag). The law speaks of "de dag waarop de verjaardag van de Koning wordt gevierd".
    /// </summary>
    public static DateOnly KingsDay(int year)
    {
        var birthday = new DateOnly(year, 4, 27);
        return birthday.DayOfWeek == DayOfWeek.Sunday ? birthday.AddDays(-1) : birthday;
    }

    /// <summary>Western Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
