using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Tasks;

public sealed class TaskQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    public async Task<IReadOnlyList<TaskListItem>> ListAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var placed = db.TaskPlacements.Where(TaskPlacement.ActiveOn(date)).Where(p => p.ArrangementId != null);
        return await db.MunicipalTasks.AsNoTracking()
            .OrderBy(t => t.PolicyArea!.Code)
            .ThenBy(t => t.Name)
            .Select(t => new TaskListItem(
                t.Id,
                t.Name,
                t.Taakveld,
                t.PolicyArea!.Code,
                t.PolicyArea.Name,
                placed.Where(p => p.MunicipalTaskId == t.Id).Select(p => p.MunicipalityId).Distinct().Count(),
                placed.Where(p => p.MunicipalTaskId == t.Id).Select(p => p.ArrangementId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Where every municipality that exists on the date has the task carried out; null when the id is unknown.</summary>
    public async Task<TaskDetail?> DetailAsync(int id, DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var task = await db.MunicipalTasks.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new { t.Id, t.Name, t.Taakveld, PolicyArea = t.PolicyArea!.Name, t.Description, t.LegalBasis })
            .SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var placements = db.TaskPlacements.Where(TaskPlacement.ActiveOn(date)).Where(p => p.MunicipalTaskId == id);
        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(Municipality.ExistsOn(date))
            .OrderBy(m => m.Name)
            .Select(m => new
            {
                Municipality = new MunicipalityRef(m.Code, m.Name),
                Placements = placements.Where(p => p.MunicipalityId == m.Id)
                    .Select(p => new { p.ArrangementId, ArrangementName = p.Arrangement == null ? null : p.Arrangement.Name, p.IsSuggestion })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        var groups = municipalities
            .SelectMany(m => m.Placements.Where(p => p.ArrangementId is not null).Select(p => (p.ArrangementId, p.ArrangementName, p.IsSuggestion, m.Municipality)))
            .GroupBy(p => (Id: p.ArrangementId!.Value, Name: p.ArrangementName!, p.IsSuggestion))
            .Select(g => new TaskArrangementGroup(g.Key.Id, g.Key.Name, g.Select(p => p.Municipality).ToList(), g.Key.IsSuggestion))
            .OrderBy(g => g.IsSuggestion)
            .ThenByDescending(g => g.Municipalities.Count)
            .ThenBy(g => g.ArrangementName, StringComparer.CurrentCulture)
            .ToList();
        var keptThemselves = municipalities
            .Where(m => m.Placements.Any(p => p.ArrangementId is null))
            .Select(m => m.Municipality)
            .ToList();
        var nothing = municipalities.Where(m => m.Placements.Count == 0).Select(m => m.Municipality).ToList();

        return new TaskDetail(task.Id, task.Name, task.Taakveld, task.PolicyArea, task.Description, task.LegalBasis, groups, keptThemselves, nothing);
    }
}
