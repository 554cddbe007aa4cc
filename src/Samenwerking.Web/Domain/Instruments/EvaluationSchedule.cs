namespace Samenwerking.Web.Domain.Instruments;

/// <summary>
/// The last and next evaluation of a regeling: the last is the latest one performed; the next is the earliest planned
/// after it, or else the last plus the regeling's own period (the law sets none). Null where neither is known.
/// </summary>
public sealed record EvaluationSchedule(DateOnly? Last, DateOnly? Next, bool NextIsDerived)
{
    public static EvaluationSchedule Of(IEnumerable<(DateOnly? PerformedOn, DateOnly? PlannedFor)> evaluations, int? periodYears)
    {
        var rows = evaluations.ToList();
        var last = rows.Where(e => e.PerformedOn is not null).Select(e => e.PerformedOn).Max();
        var planned = rows.Where(e => e.PerformedOn is null && e.PlannedFor is not null && (last is null || e.PlannedFor > last))
            .Select(e => e.PlannedFor).Min();
        if (planned is not null)
        {
            return new EvaluationSchedule(last, planned, false);
        }

        return last is { } done && periodYears is { } years ? new EvaluationSchedule(last, done.AddYears(years), true) : new EvaluationSchedule(last, null, false);
    }
}
