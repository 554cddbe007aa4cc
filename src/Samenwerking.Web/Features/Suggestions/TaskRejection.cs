using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// Where a rejected task suggestion is remembered (decision 0021): on the participation it was made for, so that no import
/// suggests the task there again. The review queue and the edit form both reject this way.
/// </summary>
public static class TaskRejection
{
    /// <summary>
    /// Records the placement's task on its participation — of its arrangement and municipality, the one in force
    /// <paramref name="today"/>, else the latest — out of <paramref name="memberships"/>; false when there is none.
    /// </summary>
    public static bool Record(IEnumerable<Membership> memberships, TaskPlacement placement, DateOnly today)
    {
        var membership = memberships.Where(m => m.ArrangementId == placement.ArrangementId && m.MunicipalityId == placement.MunicipalityId)
            .OrderByDescending(m => Periods.Contains(m.JoinDate, m.LeaveDate, today)).ThenByDescending(m => m.JoinDate).FirstOrDefault();
        if (membership is null)
        {
            return false;
        }

        if (!membership.RejectedTaskIds.Contains(placement.MunicipalTaskId))
        {
            // A new list, so the change is seen and recorded as a change of the participation.
            membership.RejectedTaskIds = [.. membership.RejectedTaskIds, placement.MunicipalTaskId];
        }

        return true;
    }
}
