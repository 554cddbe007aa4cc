using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// Confirms or corrects what the register suggested, one by one or many at once: one transaction and one save, every
/// decision in the history under the administrator's name. A confirmed value is kept by every later import, a rejected
/// task is never suggested again for that participation. The role is checked here, not only on the page, and by the
/// database (<see cref="AccessCheck"/>): a role taken away counts at once, also in a tab that is still open.
/// </summary>
public sealed class SuggestionCommands(IDbContextFactory<RegisterDbContext> contextFactory, AccessCheck access, TimeProvider clock)
{
    /// <summary>Confirms the suggestions as they stand; the number confirmed, or null when the user may not edit.</summary>
    public async Task<int?> ConfirmAsync(IReadOnlyCollection<SuggestionItem> items, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return null;
        }

        return await contextFactory.RetryingAsync(() => ConfirmOnceAsync(items, user, cancellationToken), cancellationToken);
    }

    private async Task<int?> ConfirmOnceAsync(IReadOnlyCollection<SuggestionItem> items, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var arrangementIds = items.Where(i => i.Kind == SuggestionKind.GoalLevel).Select(i => i.ArrangementId).ToList();
        var membershipIds = items.Where(i => i.Kind == SuggestionKind.Interests).Select(i => i.MembershipId).OfType<int>().ToList();
        // Only what the administrator saw is confirmed: a suggestion an import changed since stays in the queue.
        var seen = items.Where(i => i.Kind == SuggestionKind.GoalLevel).ToDictionary(i => i.ArrangementId, i => i.GoalLevel);
        var arrangements = (await db.Arrangements.Where(a => arrangementIds.Contains(a.Id) && a.GoalLevelIsSuggestion).ToListAsync(cancellationToken))
            .Where(a => seen[a.Id] == a.GoalLevel).ToList();
        var memberships = await db.Memberships.Where(m => membershipIds.Contains(m.Id) && m.InterestsAreSuggestion).ToListAsync(cancellationToken);
        foreach (var arrangement in arrangements)
        {
            arrangement.GoalLevelIsSuggestion = false;
            arrangement.GoalLevelReason = null;
            Touch(arrangement, user);
        }

        foreach (var membership in memberships)
        {
            membership.InterestsAreSuggestion = false;
            membership.InterestsReason = null;
        }

        await SaveAsync(db, user, _ => Task.FromResult(true), cancellationToken);
        return arrangements.Count + memberships.Count;
    }

    /// <summary>Sets the goal level an administrator chose instead of the suggestion; false when the user may not edit.</summary>
    public async Task<bool> CorrectGoalLevelAsync(int arrangementId, GoalLevel level, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return false;
        }

        return await contextFactory.RetryingAsync(() => CorrectGoalLevelOnceAsync(arrangementId, level, user, cancellationToken), cancellationToken);
    }

    private async Task<bool> CorrectGoalLevelOnceAsync(int arrangementId, GoalLevel level, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var arrangement = await db.Arrangements.SingleOrDefaultAsync(a => a.Id == arrangementId, cancellationToken);
        if (arrangement is null)
        {
            return false;
        }

        arrangement.GoalLevel = level;
        arrangement.GoalLevelIsSuggestion = false;
        arrangement.GoalLevelReason = null;
        Touch(arrangement, user);
        await SaveAsync(db, user, _ => Task.FromResult(true), cancellationToken);
        return true;
    }

    /// <summary>
    /// Confirms suggested task placements as the reviewer saw them (decision 0026). Nothing is saved when one of them
    /// changed or was decided since (<see cref="TaskReviewProblem.Stale"/>). A competing suggestion of the same task for
    /// the same municipality elsewhere is rejected with the confirmation, since a task lies with one arrangement at a
    /// time; two competing suggestions in one selection are both refused (named in the result).
    /// </summary>
    public Task<TaskReviewResult> ConfirmTasksAsync(IReadOnlyCollection<TaskSuggestionKey> keys, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReviewTasksAsync(keys, confirm: true, user, cancellationToken);

    /// <summary>
    /// Rejects suggested task placements as the reviewer saw them: each goes, and its participation remembers the task so
    /// that no import suggests it there again. Nothing is saved when one of them changed or was decided since.
    /// </summary>
    public Task<TaskReviewResult> RejectTasksAsync(IReadOnlyCollection<TaskSuggestionKey> keys, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ReviewTasksAsync(keys, confirm: false, user, cancellationToken);

    private async Task<TaskReviewResult> ReviewTasksAsync(
        IReadOnlyCollection<TaskSuggestionKey> keys, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await access.MayEditAsync(user, cancellationToken))
        {
            return TaskReviewResult.Forbidden;
        }

        if (keys.Count == 0)
        {
            return new TaskReviewResult(0, 0, [], TaskReviewProblem.None);
        }

        return await contextFactory.RetryingAsync(() => ReviewTasksOnceAsync(keys, confirm, user, cancellationToken), cancellationToken);
    }

    /// <summary>One attempt of a review: a transient failure runs it again as a whole (decision 0025).</summary>
    private async Task<TaskReviewResult> ReviewTasksOnceAsync(
        IReadOnlyCollection<TaskSuggestionKey> keys, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var result = TaskReviewResult.Stale;
        try
        {
            await SaveAsync(db, user, async ct =>
            {
                result = await DecideAsync(db, keys, confirm, user, ct);
                return result.Succeeded;
            }, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TaskReviewResult.Stale;
        }
        catch (Exception exception) when (exception is DbUpdateException or PostgresException && IsRace(exception))
        {
            // Another review or an import decided the same task for the same municipality at the same moment.
            return TaskReviewResult.Stale;
        }

        return result;
    }

    /// <summary>Runs inside the transaction: the rows it decides on are locked first, so a second reviewer waits and then sees them changed.</summary>
    private async Task<TaskReviewResult> DecideAsync(
        RegisterDbContext db, IReadOnlyCollection<TaskSuggestionKey> keys, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = Peildatum.Today(clock);
        var ids = keys.Select(k => k.PlacementId).Distinct().ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM task_placements WHERE id = ANY({ids}) FOR UPDATE", cancellationToken);
        var placements = await db.TaskPlacements.Include(p => p.Municipality).Include(p => p.MunicipalTask)
            .Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var seen = keys.ToDictionary(k => k.PlacementId, k => k.Version);
        if (placements.Count != ids.Length || placements.Any(p => !p.IsSuggestion || p.ArrangementId is null || p.Version != seen[p.Id]))
        {
            return TaskReviewResult.Stale;
        }

        var municipalityIds = placements.Select(p => p.MunicipalityId).Distinct().ToArray();
        var taskIds = placements.Select(p => p.MunicipalTaskId).Distinct().ToArray();
        List<TaskPlacement> others = [];
        if (confirm)
        {
            // The competing suggestions: of these tasks for these municipalities, elsewhere.
            await db.Database.ExecuteSqlAsync(
                $"SELECT 1 FROM task_placements WHERE municipality_id = ANY({municipalityIds}) AND municipal_task_id = ANY({taskIds}) AND is_suggestion FOR UPDATE",
                cancellationToken);
            others = await db.TaskPlacements
                .Where(p => municipalityIds.Contains(p.MunicipalityId) && taskIds.Contains(p.MunicipalTaskId) && !ids.Contains(p.Id) && p.IsSuggestion)
                .ToListAsync(cancellationToken);
        }

        var decided = new List<TaskPlacement>();
        var refused = new List<string>();
        var competitors = new HashSet<TaskPlacement>();
        foreach (var placement in placements)
        {
            if (!confirm)
            {
                decided.Add(placement);
                continue;
            }

            bool Same(TaskPlacement other) => other.MunicipalityId == placement.MunicipalityId && other.MunicipalTaskId == placement.MunicipalTaskId
                && Periods.Overlap(placement.StartDate, placement.EndDate, other.StartDate, other.EndDate);
            // A confirmed placement elsewhere cannot overlap a suggestion (the database refuses it), so only the
            // suggestions compete: with each other in this selection, or elsewhere.
            if (placements.Any(o => o != placement && Same(o)))
            {
                refused.Add($"{placement.MunicipalTask!.Name} voor {placement.Municipality!.Name}: ook voorgesteld in een andere regeling in deze selectie, kies er één");
            }
            else
            {
                decided.Add(placement);
                competitors.UnionWith(others.Where(Same));
            }
        }

        var rejected = confirm ? competitors.ToList() : decided;
        var arrangementIds = decided.Concat(rejected).Select(p => p.ArrangementId!.Value).Distinct().ToArray();
        var memberships = rejected.Count == 0 ? []
            : await db.Memberships
                .FromSql($"SELECT * FROM memberships WHERE arrangement_id = ANY({arrangementIds}) AND municipality_id = ANY({rejected.Select(p => p.MunicipalityId).Distinct().ToArray()}) FOR UPDATE")
                .ToListAsync(cancellationToken);
        foreach (var placement in rejected)
        {
            TaskRejection.Record(memberships, placement, today);
            db.TaskPlacements.Remove(placement);
        }

        if (confirm)
        {
            foreach (var placement in decided)
            {
                placement.IsSuggestion = false;
                placement.SuggestionReason = null;
            }
        }

        // The arrangement's version moves too: an edit form opened on the old placements cannot overwrite the decision.
        foreach (var arrangement in await db.Arrangements.Where(a => arrangementIds.Contains(a.Id)).ToListAsync(cancellationToken))
        {
            Touch(arrangement, user);
        }

        return new TaskReviewResult(decided.Count, confirm ? rejected.Count : 0, refused, TaskReviewProblem.None);
    }

    private static bool IsRace(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is { } postgres
        && (postgres.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
            || postgres.ConstraintName is "ex_task_placements_confirmed_period" or "ex_task_placements_suggestion_period");

    private void Touch(Arrangement arrangement, ClaimsPrincipal user)
    {
        arrangement.UpdatedAt = clock.GetUtcNow();
        arrangement.UpdatedBy = user.Identity?.Name ?? "onbekend";
    }

    /// <summary>
    /// The one place where a review writes: a transaction around <paramref name="decide"/> (which may read and lock what
    /// it decides on) and the save of its changes with their history. Nothing is written when it returns false.
    /// </summary>
    private async Task SaveAsync(RegisterDbContext db, ClaimsPrincipal user, Func<CancellationToken, Task<bool>> decide, CancellationToken cancellationToken)
    {
        var userName = user.Identity?.Name ?? "onbekend";
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await decide(cancellationToken))
        {
            return;
        }

        var log = ChangeLog.Capture(db, []);
        if (log.IsEmpty)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeRecords.AddRange(log.Records(userName, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
