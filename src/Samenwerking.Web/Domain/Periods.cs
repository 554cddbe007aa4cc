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
    /// Whether two periods share at least one day: PostgreSQL's <c>daterange(start, end, '[)') &amp;&amp;</c>, so one
    /// that ends on the day the other starts does not overlap it.
    /// </summary>
    public static bool Overlap(DateOnly? start, DateOnly? end, DateOnly? otherStart, DateOnly? otherEnd) =>
        (end is null || otherStart is null || otherStart < end) && (otherEnd is null || start is null || start < otherEnd);

    /// <summary>
    /// The end to give a period that must end on <paramref name="end"/>: that day, or the day after its start when
    /// it starts later, so the period never becomes empty (the database requires end &gt; start).
    /// </summary>
    public static DateOnly EndOn(DateOnly? start, DateOnly end) => start is { } from && from >= end ? from.AddDays(1) : end;
}
