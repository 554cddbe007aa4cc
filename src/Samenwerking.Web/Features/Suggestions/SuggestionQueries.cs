using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>The suggestions no administrator has confirmed yet: three round trips, one per kind.</summary>
public sealed class SuggestionQueries(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<SuggestionItem>> ListAsync(SuggestionFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var today = Peildatum.Today(clock);
        var code = Municipality.NormaliseCode(filter.MunicipalityCode);
        if (code is null && !string.IsNullOrWhiteSpace(filter.MunicipalityCode))
        {
            // No municipality has such a code: none of its suggestions, rather than everyone's.
            return [];
        }
        var reason = string.IsNullOrWhiteSpace(filter.Reason) ? null : LikePattern.Containing(filter.Reason);
        var items = new List<SuggestionItem>();

        if (filter.Kind is null or SuggestionKind.GoalLevel)
        {
            var arrangements = db.Arrangements.AsNoTracking().Where(a => a.GoalLevelIsSuggestion && (a.EndDate == null || a.EndDate > today));
            if (code is not null)
            {
                arrangements = arrangements.Where(a => a.Memberships.AsQueryable().Where(Membership.ActiveOn(today)).Any(m => m.Municipality!.Code == code));
            }

            if (reason is not null)
            {
                arrangements = arrangements.Where(a => a.GoalLevelReason != null && EF.Functions.ILike(a.GoalLevelReason, reason, LikePattern.Escape));
            }

            items.AddRange((await arrangements.OrderBy(a => a.Name)
                    .Select(a => new { a.Id, a.Name, a.LegalForm, a.GoalLevel, a.GoalLevelReason })
                    .ToListAsync(cancellationToken))
                .Select(a => new SuggestionItem(SuggestionKind.GoalLevel, a.Id, a.Name, a.LegalForm, null, null, a.GoalLevel.Label(),
                    a.GoalLevelReason ?? "", a.GoalLevel)));
        }

        if (filter.Kind is null or SuggestionKind.Interests)
        {
            var memberships = db.Memberships.AsNoTracking()
                .Where(Membership.InForceOn(today))
                .Where(m => m.InterestsAreSuggestion && m.MunicipalityId != null);
            if (code is not null)
            {
                memberships = memberships.Where(m => m.Municipality!.Code == code);
            }

            if (reason is not null)
            {
                memberships = memberships.Where(m => m.InterestsReason != null && EF.Functions.ILike(m.InterestsReason, reason, LikePattern.Escape));
            }

            items.AddRange((await memberships.OrderBy(m => m.Arrangement!.Name).ThenBy(m => m.Municipality!.Name)
                    .Select(m => new
                    {
                        m.ArrangementId, Arrangement = m.Arrangement!.Name, m.Arrangement.LegalForm, m.Id, Municipality = m.Municipality!.Name,
                        m.AdministrativeInterest, m.FinancialInterests, m.InterestsReason,
                    })
                    .ToListAsync(cancellationToken))
                .Select(m => new SuggestionItem(SuggestionKind.Interests, m.ArrangementId, m.Arrangement, m.LegalForm, m.Id, m.Municipality,
                    VerbondenPartij.Is(m.LegalForm, m.AdministrativeInterest, m.FinancialInterests)
                        ? $"Verbonden partij: {m.AdministrativeInterest?.Label().ToLowerInvariant()}; {m.FinancialInterests.Label().ToLowerInvariant()}"
                        : "Geen verbonden partij",
                    m.InterestsReason ?? "")));
        }

        if (filter.Kind is null or SuggestionKind.Task)
        {
            var placements = db.TaskPlacements.AsNoTracking()
                .Where(TaskPlacement.ActiveOn(today))
                .Where(p => p.IsSuggestion && p.ArrangementId != null);
            if (code is not null)
            {
                placements = placements.Where(p => p.Municipality!.Code == code);
            }

            if (reason is not null)
            {
                // A word finds a task by its reason, by the task's name or by the arrangement's.
                placements = placements.Where(p => (p.SuggestionReason != null && EF.Functions.ILike(p.SuggestionReason, reason, LikePattern.Escape))
                    || EF.Functions.ILike(p.MunicipalTask!.Name, reason, LikePattern.Escape)
                    || EF.Functions.ILike(p.Arrangement!.Name, reason, LikePattern.Escape));
            }

            items.AddRange((await placements.OrderBy(p => p.Arrangement!.Name).ThenBy(p => p.MunicipalTask!.Name).ThenBy(p => p.Municipality!.Name)
                    .Select(p => new
                    {
                        ArrangementId = p.ArrangementId!.Value, Arrangement = p.Arrangement!.Name, p.Arrangement.LegalForm, p.Id,
                        Municipality = p.Municipality!.Name, Task = p.MunicipalTask!.Name, p.SuggestionReason,
                    })
                    .ToListAsync(cancellationToken))
                .Select(p => new SuggestionItem(SuggestionKind.Task, p.ArrangementId, p.Arrangement, p.LegalForm, null, p.Municipality, p.Task,
                    p.SuggestionReason ?? "", PlacementId: p.Id)));
        }

        return items;
    }
}
