namespace Samenwerking.Web.Domain.Calendar;

/// <summary>How the Algemene termijnenwet (Atw) moves the end of a statutory term.</summary>
public static class TermRules
{
    /// <summary>
    /// Atw art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or algemeen erkende feestdag is extended to
    /// the next day that is none of these. Only for a term counted forward from an event (art. 1 lid 2 excludes a term
    /// counted back) of at most three months (art. 4); a fixed date such as "vóór 15 juli" is a moment, not a term,
    /// and does not move (decision 0023).
    /// </summary>
    public static DateOnly ExtendPastNonWorkingDays(DateOnly end)
    {
        while (PublicHolidays.IsNonWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        return end;
    }

    /// <summary>The last day of a term of <paramref name="weeks"/> weeks after <paramref name="start"/>, moved as Atw art. 1 says.</summary>
    public static DateOnly WeeksAfter(DateOnly start, int weeks) => ExtendPastNonWorkingDays(start.AddDays(7 * weeks));
}
