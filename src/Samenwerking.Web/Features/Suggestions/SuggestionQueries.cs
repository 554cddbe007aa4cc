using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// The suggestions no administrator has confirmed yet: goal levels and interests in two round trips, one per kind; the
/// task suggestions a page at a time, in at most five (decision 0026).
/// </summary>
public sealed class SuggestionQueries(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public Task<IReadOnlyList<SuggestionItem>> ListAsync(SuggestionFilter filter, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => ListAsync(db, filter, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<SuggestionItem>> ListAsync(RegisterDbContext db, SuggestionFilter filter, CancellationToken cancellationToken)
    {
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

    /// <summary>
    /// One page of task suggestions. Without a filter: every arrangement with suggestions (one query; a national register
    /// has a few hundred) and the tasks of the page's arrangements. With one: the keys of all it selects, the page's rows,
    /// the other arrangements suggesting the same task for the page's municipalities, and the arrangement's name.
    /// </summary>
    public Task<TaskSuggestionList> TasksAsync(TaskSuggestionFilter filter, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => TasksAsync(db, filter, cancellationToken), cancellationToken);

    private async Task<TaskSuggestionList> TasksAsync(RegisterDbContext db, TaskSuggestionFilter filter, CancellationToken cancellationToken)
    {
        var today = Peildatum.Today(clock);
        var tasks = (await db.MunicipalTasks.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
            .Select(t => new FilterOption(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name)).ToList();
        var open = db.TaskPlacements.AsNoTracking().Where(p => p.IsSuggestion && p.ArrangementId != null && (p.EndDate == null || p.EndDate > today));

        if (filter.IsEmpty)
        {
            var groups = await open.GroupBy(p => new { Id = p.ArrangementId!.Value, p.Arrangement!.Name })
                .Select(g => new { g.Key.Id, g.Key.Name, Count = g.Count(), Municipalities = g.Select(p => p.MunicipalityId).Distinct().Count() })
                .OrderBy(g => g.Name).ThenBy(g => g.Id)
                .ToListAsync(cancellationToken);
            var (groupPage, groupPages) = Clamp(filter.Page, groups.Count);
            var shown = groups.Skip((groupPage - 1) * TaskSuggestionList.PageSize).Take(TaskSuggestionList.PageSize).ToList();
            var shownIds = shown.Select(g => g.Id).ToList();
            var names = (await open.Where(p => shownIds.Contains(p.ArrangementId!.Value))
                    .Select(p => new { Id = p.ArrangementId!.Value, p.MunicipalTask!.Name }).Distinct().ToListAsync(cancellationToken))
                .ToLookup(t => t.Id, t => t.Name);
            return new TaskSuggestionList(filter with { Page = groupPage },
                shown.Select(g => new TaskSuggestionGroup(g.Id, g.Name, g.Count, g.Municipalities, names[g.Id].Order(StringComparer.CurrentCulture).ToList())).ToList(),
                [], [], groups.Sum(g => g.Count), groups.Count, groupPages, null, tasks, null);
        }

        var code = Municipality.NormaliseCode(filter.MunicipalityCode);
        if (code is null && !string.IsNullOrWhiteSpace(filter.MunicipalityCode))
        {
            return new TaskSuggestionList(filter, [], [], [], 0, 0, 0, null, tasks,
                $"'{filter.MunicipalityCode}' is geen CBS-gemeentecode: vul bijvoorbeeld GM0344 of 344 in.");
        }

        var selected = open;
        if (filter.ArrangementId is { } arrangementId)
        {
            selected = selected.Where(p => p.ArrangementId == arrangementId);
        }

        if (filter.TaskId is { } taskId)
        {
            selected = selected.Where(p => p.MunicipalTaskId == taskId);
        }

        if (code is not null)
        {
            selected = selected.Where(p => p.Municipality!.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Word))
        {
            var word = LikePattern.Containing(filter.Word);
            selected = selected.Where(p => (p.SuggestionReason != null && EF.Functions.ILike(p.SuggestionReason, word, LikePattern.Escape))
                || EF.Functions.ILike(p.MunicipalTask!.Name, word, LikePattern.Escape)
                || EF.Functions.ILike(p.Arrangement!.Name, word, LikePattern.Escape)
                || EF.Functions.ILike(p.Municipality!.Name, word, LikePattern.Escape));
        }

        var ordered = selected.OrderBy(p => p.Arrangement!.Name).ThenBy(p => p.ArrangementId).ThenBy(p => p.MunicipalTask!.Name).ThenBy(p => p.Municipality!.Name)
            .ThenBy(p => p.Id);
        var selectedKeys = await ordered.Select(p => new { p.Id, p.Version, p.MunicipalityId }).ToListAsync(cancellationToken);
        var all = selectedKeys.Select(k => new TaskSuggestionKey(k.Id, k.Version)).ToList();
        var (page, pageCount) = Clamp(filter.Page, all.Count);
        var rows = await ordered.Skip((page - 1) * TaskSuggestionList.PageSize).Take(TaskSuggestionList.PageSize)
            .Select(p => new
            {
                p.Id, p.Version, ArrangementId = p.ArrangementId!.Value, Arrangement = p.Arrangement!.Name, p.MunicipalityId, p.MunicipalTaskId,
                Task = p.MunicipalTask!.Name, Municipality = p.Municipality!.Name, p.SuggestionReason,
            })
            .ToListAsync(cancellationToken);
        var municipalityIds = rows.Select(r => r.MunicipalityId).Distinct().ToList();
        var taskIds = rows.Select(r => r.MunicipalTaskId).Distinct().ToList();
        var competing = rows.Count == 0 ? []
            : await open.Where(p => municipalityIds.Contains(p.MunicipalityId) && taskIds.Contains(p.MunicipalTaskId))
                .Select(p => new { p.Id, p.MunicipalityId, p.MunicipalTaskId, Arrangement = p.Arrangement!.Name })
                .ToListAsync(cancellationToken);
        var arrangementName = filter.ArrangementId is { } id
            ? rows.FirstOrDefault()?.Arrangement ?? await db.Arrangements.Where(a => a.Id == id).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new TaskSuggestionList(filter with { Page = page }, [],
            rows.Select(r => new TaskSuggestionRow(new TaskSuggestionKey(r.Id, r.Version), r.ArrangementId, r.Arrangement, r.Task, r.Municipality,
                r.SuggestionReason ?? "",
                competing.Where(c => c.Id != r.Id && c.MunicipalityId == r.MunicipalityId && c.MunicipalTaskId == r.MunicipalTaskId)
                    .Select(c => c.Arrangement).Order(StringComparer.CurrentCulture).ToList())).ToList(),
            all, all.Count, 0, pageCount, arrangementName, tasks, null)
        {
            MunicipalityCount = selectedKeys.Select(k => k.MunicipalityId).Distinct().Count(),
        };
    }

    private static (int Page, int PageCount) Clamp(int page, int count)
    {
        var pageCount = (count + TaskSuggestionList.PageSize - 1) / TaskSuggestionList.PageSize;
        return (Math.Clamp(page, 1, Math.Max(1, pageCount)), pageCount);
    }
}
