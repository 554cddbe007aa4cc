namespace Samenwerking.Web.Domain;

/// <summary>Rules for periods that end on the first day they no longer apply.</summary>
public static class Periods
{
    /// <summary>Whether a period with this start and (exclusive) end, either open, applies on the date.</summary>
    public static bool Contains(DateOnly? start, DateOnly? end, DateOnly date) => (start is null || start <= date) && (end is null || end > date);

    /// <summary>Whether the period applies on at least one day of the calendar year.</summary>
    public static bool Overlaps(DateOnly? start, DateOnly? end, int year) =>
        (start is null || start < new DateOnly(year + 1, 1, 1)) && (end is null || end > new DateOnly(year, 1, 1));

    /// <summary>
    /// The end to give a period that must end on <paramref name="end"/>: that day, or the day after its start when
    /// it starts later, so the period never becomes empty (the database requires end &gt; start).
    /// </summary>
    public static DateOnly EndOn(DateOnly? start, DateOnly end) => start is { } from && from >= end ? from.AddDays(1) : end;
}
