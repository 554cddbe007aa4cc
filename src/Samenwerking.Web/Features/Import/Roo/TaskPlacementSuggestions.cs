using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// Turns the tasks a regeling's data points to into placements marked as suggestions, for every municipality that takes
/// part (decision 0021). What an administrator decided stays: a confirmed placement is left alone, a rejected task (kept
/// on the participation) is never suggested again there. A suggestion the data no longer supports — the rules changed,
/// the municipality left — goes; it was never more than a guess. A confirmed placement of the task for the municipality
/// elsewhere (another arrangement, or kept itself) answers the question for its period: no suggestion overlaps it
/// (decision 0026). Works on what the import already loaded, plus one query for the tasks municipalities keep themselves.
/// </summary>
internal static class TaskPlacementSuggestions
{
    /// <summary>
    /// The confirmed placements by municipality and task: those of the arrangements the import loaded (tracked, so an
    /// end the import sets is seen) and the tasks municipalities keep themselves.
    /// </summary>
    public static async Task<ILookup<(int MunicipalityId, int TaskId), TaskPlacement>> ConfirmedAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        await db.TaskPlacements.Where(p => p.ArrangementId == null && !p.IsSuggestion).LoadAsync(cancellationToken);
        return db.TaskPlacements.Local.Where(p => !p.IsSuggestion).ToLookup(p => (p.MunicipalityId, p.MunicipalTaskId));
    }

    public static void Apply(
        RooRegeling regeling, Arrangement arrangement, ImportLookups lookups, ILookup<(int MunicipalityId, int TaskId), TaskPlacement> confirmed,
        DateOnly today, RegisterDbContext db, ImportReport report)
    {
        var suggestions = TaskSuggestion.For(regeling)
            .Select(s => (Task: lookups.Tasks.GetValueOrDefault(s.TaskCode), Reason: ImportLookups.Limit(s.Reason, TaskPlacement.SuggestionReasonMaxLength)))
            .Where(s => s.Task is not null)
            .ToList();
        var members = arrangement.Memberships
            .Where(m => m.Municipality is not null && (m.LeaveDate is null || m.LeaveDate > today))
            .ToList();
        if (members.Count > 0 && suggestions.Count == 0)
        {
            report.WithoutTask.Add($"{regeling.Title} ({regeling.SystemId}): {WhyNone(regeling)}");
        }

        var kept = new HashSet<TaskPlacement>();
        foreach (var member in members)
        {
            foreach (var (task, reason) in suggestions)
            {
                if (member.RejectedTaskIds.Contains(task!.Id))
                {
                    continue;
                }

                var placements = arrangement.TaskPlacements.Where(p => p.Municipality == member.Municipality && p.MunicipalTask == task).ToList();
                var current = placements.FirstOrDefault(p => p.EndDate is null || p.EndDate > today);
                var elsewhere = confirmed[(member.Municipality!.Id, task.Id)].Where(p => !arrangement.TaskPlacements.Contains(p)).ToList();
                if (current is not { IsSuggestion: false } && elsewhere.Any(p => p.EndDate is null || p.EndDate > today))
                {
                    // Placed elsewhere for sure: an open suggestion here goes (below), none is added.
                    continue;
                }

                if (current is not null)
                {
                    kept.Add(current);
                    if (current.IsSuggestion && current.SuggestionReason != reason)
                    {
                        current.SuggestionReason = reason;
                    }

                    continue;
                }

                // After an earlier placement of the same task here ended: the periods may not overlap.
                var lastEnd = placements.Concat(elsewhere).Max(p => p.EndDate);
                var start = lastEnd is { } end && (member.JoinDate is null || member.JoinDate < end) ? end : member.JoinDate;
                var suggestion = new TaskPlacement
                {
                    Municipality = member.Municipality,
                    MunicipalTask = task,
                    StartDate = start,
                    IsSuggestion = true,
                    SuggestionReason = reason,
                };
                arrangement.TaskPlacements.Add(suggestion);
                kept.Add(suggestion);
                report.TaskSuggestionsAdded++;
            }
        }

        foreach (var stale in arrangement.TaskPlacements.Where(p => p.IsSuggestion && !kept.Contains(p) && (p.EndDate is null || p.EndDate > today)).ToList())
        {
            arrangement.TaskPlacements.Remove(stale);
            db.TaskPlacements.Remove(stale);
        }
    }

    /// <summary>Why the rules found nothing, in the words of the import report.</summary>
    private static string WhyNone(RooRegeling regeling) =>
        regeling.Purpose is null && regeling.Powers.Count == 0
            ? "geen doel en geen bevoegdheden in het landelijk register, en de naam noemt geen herkenbare taak"
            : "naam, doel, bevoegdheden, beleidsterreinen en wettelijke grondslagen noemen geen taak uit de catalogus (of alleen algemene woorden als 'sociaal domein')";
}
