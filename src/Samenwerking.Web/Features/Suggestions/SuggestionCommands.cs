using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements.Editing;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// Confirms or corrects what the register suggested, one by one or many at once: one transaction and one save, every
/// decision in the history under the administrator's name. A confirmed value is kept by every later import.
/// </summary>
public sealed class SuggestionCommands(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Confirms the suggestions as they stand; the number confirmed, or null when the user may not edit.</summary>
    public async Task<int?> ConfirmAsync(IReadOnlyCollection<SuggestionItem> items, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ArrangementCommands.MayEdit(user))
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

        await SaveAsync(db, user, cancellationToken);
        return arrangements.Count + memberships.Count;
    }

    /// <summary>Sets the goal level an administrator chose instead of the suggestion; false when the user may not edit.</summary>
    public async Task<bool> CorrectGoalLevelAsync(int arrangementId, GoalLevel level, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ArrangementCommands.MayEdit(user))
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
        await SaveAsync(db, user, cancellationToken);
        return true;
    }

    private void Touch(Arrangement arrangement, ClaimsPrincipal user)
    {
        arrangement.UpdatedAt = clock.GetUtcNow();
        arrangement.UpdatedBy = user.Identity?.Name ?? "onbekend";
    }

    private async Task SaveAsync(RegisterDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userName = user.Identity?.Name ?? "onbekend";
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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
