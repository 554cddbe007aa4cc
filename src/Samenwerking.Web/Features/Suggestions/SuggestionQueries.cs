using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>The suggestions no administrator has confirmed yet: two round trips, one per kind.</summary>
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

        return items;
    }
}
