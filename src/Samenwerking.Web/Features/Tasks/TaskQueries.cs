using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Tasks;

public sealed class TaskQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    private static readonly Expression<Func<MunicipalTask, TaskCatalogItem>> CatalogItem = t => new TaskCatalogItem(
        t.Id, t.Code, t.Name, t.Taakveld, t.PolicyArea!.Code, t.PolicyArea.Name, t.Description, t.LegalBasis);

    public Task<IReadOnlyList<TaskListItem>> ListAsync(DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => ListAsync(db, date, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<TaskListItem>> ListAsync(RegisterDbContext db, DateOnly date, CancellationToken cancellationToken)
    {
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

    /// <summary>The catalog, by policy area, taakveld and name.</summary>
    public Task<IReadOnlyList<TaskCatalogItem>> CatalogAsync(CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => CatalogAsync(db, cancellationToken), cancellationToken);

    private static async Task<IReadOnlyList<TaskCatalogItem>> CatalogAsync(RegisterDbContext db, CancellationToken cancellationToken)
    {
        return await db.MunicipalTasks.AsNoTracking()
            .OrderBy(t => t.PolicyArea!.Code).ThenBy(t => t.Taakveld).ThenBy(t => t.Name)
            .Select(CatalogItem)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Where every municipality that exists on the date has the task carried out; null when the id is unknown.</summary>
    public Task<TaskDetail?> DetailAsync(int id, DateOnly date, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => DetailAsync(db, id, date, cancellationToken), cancellationToken);

    private static async Task<TaskDetail?> DetailAsync(RegisterDbContext db, int id, DateOnly date, CancellationToken cancellationToken)
    {
        var task = await DetailTaskQuery(db, id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        // Plain lists joined here: a list of placements per municipality made the database number every municipality's
        // rows, and the arrangement's name in every placement's row made it hash every arrangement in the register (and
        // the app read the same name once per municipality); the names come apart, once per arrangement.
        var municipalities = await DetailMunicipalitiesQuery(db, date).ToListAsync(cancellationToken);
        var placementList = await DetailPlacementsQuery(db, id, date).ToListAsync(cancellationToken);
        int[] arrangementIds = [.. placementList.Select(p => p.ArrangementId).OfType<int>().Distinct()];
        var names = arrangementIds.Length == 0
            ? []
            : await DetailNamesQuery(db, arrangementIds).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken: cancellationToken);

        var placements = placementList.ToLookup(p => p.MunicipalityId);

        var groups = municipalities
            .SelectMany(m => placements[m.Id].Where(p => p.ArrangementId is not null).Select(p => (Id: p.ArrangementId!.Value, p.IsSuggestion, m.Municipality)))
            // An arrangement deleted between the two statements took its placements with it: it is left out as they are.
            .Where(p => names.ContainsKey(p.Id))
            .GroupBy(p => (p.Id, p.IsSuggestion))
            .Select(g => new TaskArrangementGroup(g.Key.Id, names[g.Key.Id], g.Select(p => p.Municipality).ToList(), g.Key.IsSuggestion))
            .OrderBy(g => g.IsSuggestion)
            .ThenByDescending(g => g.Municipalities.Count)
            .ThenBy(g => g.ArrangementName, StringComparer.CurrentCulture)
            .ToList();
        var keptThemselves = municipalities
            .Where(m => placements[m.Id].Any(p => p.ArrangementId is null))
            .Select(m => m.Municipality)
            .ToList();
        var nothing = municipalities.Where(m => !placements[m.Id].Any()).Select(m => m.Municipality).ToList();

        return new TaskDetail(task.Id, task.Name, task.Taakveld, task.PolicyArea, task.Description, task.LegalBasis, groups, keptThemselves, nothing, task.Code);
    }

    // The task page's four queries are compiled once (decision 0030): built anew at every request, their expression trees
    // and the query cache's comparison took a twentieth of the page's CPU. The periods are written out:
    // Municipality.ExistsOn and TaskPlacement.ActiveOn.

    private static readonly Func<RegisterDbContext, int, CancellationToken, Task<TaskCatalogItem?>> DetailTaskQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, int id, CancellationToken _) =>
            db.MunicipalTasks.AsNoTracking().Where(t => t.Id == id)
                .Select(CatalogItem)
                .SingleOrDefault());

    private static readonly Func<RegisterDbContext, DateOnly, IAsyncEnumerable<DetailMunicipalityRow>> DetailMunicipalitiesQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, DateOnly date) =>
            db.Municipalities.AsNoTracking()
                .Where(m => (m.ValidFrom == null || m.ValidFrom <= date) && (m.ValidTo == null || m.ValidTo > date))
                .OrderBy(m => m.Name)
                .Select(m => new DetailMunicipalityRow(m.Id, new MunicipalityRef(m.Code, m.Name))));

    private static readonly Func<RegisterDbContext, int, DateOnly, IAsyncEnumerable<DetailPlacementRow>> DetailPlacementsQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, int taskId, DateOnly date) =>
            db.TaskPlacements.AsNoTracking()
                .Where(p => p.MunicipalTaskId == taskId && (p.StartDate == null || p.StartDate <= date) && (p.EndDate == null || p.EndDate > date))
                .Select(p => new DetailPlacementRow(p.MunicipalityId, p.ArrangementId, p.IsSuggestion)));

    private static readonly Func<RegisterDbContext, int[], IAsyncEnumerable<DetailNameRow>> DetailNamesQuery =
        EF.CompileAsyncQuery((RegisterDbContext db, int[] arrangementIds) =>
            db.Arrangements.AsNoTracking().Where(a => arrangementIds.Contains(a.Id)).Select(a => new DetailNameRow(a.Id, a.Name)));

    private sealed record DetailMunicipalityRow(int Id, MunicipalityRef Municipality);

    private sealed record DetailPlacementRow(int MunicipalityId, int? ArrangementId, bool IsSuggestion);

    private sealed record DetailNameRow(int Id, string Name);

    /// <summary>
    /// A page of the placements of a task on the date, by municipality name, and the municipalities that exist on the
    /// date with none; null when no task has this code (or, for a task without code, this id).
    /// </summary>
    public Task<TaskPlacementPage?> PlacementsAsync(string codeOrId, DateOnly date, int page, int pageSize, CancellationToken cancellationToken) =>
        contextFactory.ReadingAsync(db => PlacementsAsync(db, codeOrId, date, page, pageSize, cancellationToken), cancellationToken);

    private static async Task<TaskPlacementPage?> PlacementsAsync(
        RegisterDbContext db, string codeOrId, DateOnly date, int page, int pageSize, CancellationToken cancellationToken)
    {
        var tasks = db.MunicipalTasks.AsNoTracking();
        var code = codeOrId.Trim().ToUpperInvariant();
        tasks = int.TryParse(codeOrId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? tasks.Where(t => t.Id == id)
            : tasks.Where(t => t.Code == code);
        var task = await tasks.Select(CatalogItem).SingleOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var placements = db.TaskPlacements.AsNoTracking()
            .Where(TaskPlacement.ActiveOn(date))
            .Where(p => p.MunicipalTaskId == task.Id);
        var total = await placements.CountAsync(cancellationToken);
        var items = await placements
            .OrderBy(p => p.Municipality!.Name).ThenBy(p => p.IsSuggestion).ThenBy(p => p.Arrangement!.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new TaskPlacementItem(
                new MunicipalityRef(p.Municipality!.Code, p.Municipality.Name),
                p.ArrangementId,
                p.Arrangement == null ? null : p.Arrangement.Name,
                p.IsSuggestion,
                p.SuggestionReason,
                p.StartDate,
                p.EndDate))
            .ToListAsync(cancellationToken);
        var nothing = await db.Municipalities.AsNoTracking()
            .Where(Municipality.ExistsOn(date))
            .Where(m => !placements.Any(p => p.MunicipalityId == m.Id))
            .OrderBy(m => m.Name)
            .Select(m => new MunicipalityRef(m.Code, m.Name))
            .ToListAsync(cancellationToken);
        return new TaskPlacementPage(task, items, total, page, pageSize, nothing);
    }

    /// <summary>The task matrix of a municipality on the date; null when the code is unknown.</summary>
    public async Task<(MunicipalityRef Municipality, TaskMatrix Matrix)?> MatrixAsync(string code, DateOnly date, CancellationToken cancellationToken)
    {
        if (Municipality.NormaliseCode(code) is not { } normalised)
        {
            return null;
        }

        return await contextFactory.ReadingAsync(db => MatrixAsync(db, normalised, date, cancellationToken), cancellationToken);
    }

    private static async Task<(MunicipalityRef Municipality, TaskMatrix Matrix)?> MatrixAsync(
        RegisterDbContext db, string normalised, DateOnly date, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Code == normalised)
            .Select(m => new { m.Id, m.Code, m.Name }).SingleOrDefaultAsync(cancellationToken);
        return municipality is null
            ? null
            : (new MunicipalityRef(municipality.Code, municipality.Name), await LoadMatrixAsync(db, municipality.Id, date, cancellationToken));
    }

    /// <summary>
    /// Every catalog task with the municipality's placements on the date and, per arrangement, the partners that placed
    /// the same task there: at most two round trips on the caller's context. The partners come flat, apart from the tasks: as a
    /// collection joined beside the placements they repeated every placement's columns (its reason too) once per partner,
    /// some two thousand wide rows at ten times the national size.
    /// </summary>
    public static async Task<TaskMatrix> LoadMatrixAsync(RegisterDbContext db, int municipalityId, DateOnly date, CancellationToken cancellationToken)
    {
        // One row per task and placement (a task without placement once, with none), in the matrix's order: grouped here.
        var rows = new List<MatrixTaskRow>();
        await foreach (var row in MatrixTasks(db, municipalityId, date).WithCancellation(cancellationToken))
        {
            if (rows.Count == 0 || rows[^1].Task.Id != row.Task.Id)
            {
                rows.Add(new MatrixTaskRow(row.Task, []));
            }

            if (row.Placement is { } placement)
            {
                rows[^1].Placements.Add(placement);
            }
        }

        int[] arrangementIds = [.. rows.SelectMany(r => r.Placements).Select(p => p.ArrangementId).OfType<int>().Distinct()];
        var partners = arrangementIds.Length == 0 ? [] : await MatrixPartners(db, arrangementIds, municipalityId, date).ToListAsync(cancellationToken);
        var byPlacement = partners.ToLookup(q => (q.ArrangementId, q.MunicipalTaskId), q => new MunicipalityRef(q.Code, q.Name));
        return new TaskMatrix(rows
            .Select(r => new TaskMatrixRow(r.Task, r.Placements
                .Select(p => new TaskMatrixPlacement(p.ArrangementId, p.ArrangementName, p.IsSuggestion, p.SuggestionReason, p.StartDate, p.EndDate,
                    p.ArrangementId is { } arrangementId ? byPlacement[(arrangementId, r.Task.Id)].ToList() : []))
                .ToList()))
            .ToList());
    }

    // The matrix's two queries are compiled once, as the overview's are (decision 0030); the period is TaskPlacement.ActiveOn's.

    // The tasks with their placements come as a join, a row per placement, not as a collection in each task's row: EF
    // Core's shaper for a collection made a delegate anew for every row it read (a twenty-fifth of the municipality
    // page's CPU went to DynamicMethod.CreateDelegate).
    private static readonly Func<RegisterDbContext, int, DateOnly, IAsyncEnumerable<MatrixFlatRow>> MatrixTasks =
        EF.CompileAsyncQuery((RegisterDbContext db, int municipalityId, DateOnly date) =>
            from t in db.MunicipalTasks.AsNoTracking()
            join placement in db.TaskPlacements.Where(p => p.MunicipalityId == municipalityId
                    && (p.StartDate == null || p.StartDate <= date) && (p.EndDate == null || p.EndDate > date))
                on t.Id equals placement.MunicipalTaskId into placements
            from p in placements.DefaultIfEmpty()
            orderby t.PolicyArea!.Code, t.Taakveld, t.Name, t.Id, p.IsSuggestion, p.Arrangement!.Name, p.Id
            select new MatrixFlatRow(
                new TaskCatalogItem(t.Id, t.Code, t.Name, t.Taakveld, t.PolicyArea!.Code, t.PolicyArea.Name, t.Description, t.LegalBasis),
                p == null ? null : new MatrixPlacementRow(
                    p.ArrangementId, p.Arrangement == null ? null : p.Arrangement.Name, p.IsSuggestion, p.SuggestionReason, p.StartDate, p.EndDate)));

    /// <summary>
    /// The other municipalities' placements on the date in the given arrangements, one narrow row each, by the index on
    /// the arrangement: the caller keeps those of the same task. Joined to the municipality's own placements on
    /// (arrangement, task) instead, the nullable arrangement made EF Core add "or both null" to the join, and PostgreSQL
    /// hashed every placement in the register for it (42 ms a page at ten times the national size).
    /// </summary>
    private static readonly Func<RegisterDbContext, int[], int, DateOnly, IAsyncEnumerable<PartnerRow>> MatrixPartners =
        EF.CompileAsyncQuery((RegisterDbContext db, int[] arrangementIds, int municipalityId, DateOnly date) =>
            db.TaskPlacements.AsNoTracking()
                .Where(q => arrangementIds.Contains(q.ArrangementId!.Value) && q.MunicipalityId != municipalityId
                    && (q.StartDate == null || q.StartDate <= date) && (q.EndDate == null || q.EndDate > date))
                .OrderBy(q => q.Municipality!.Name)
                .Select(q => new PartnerRow(q.ArrangementId!.Value, q.MunicipalTaskId, q.Municipality!.Code, q.Municipality.Name)));

    private sealed record MatrixFlatRow(TaskCatalogItem Task, MatrixPlacementRow? Placement);

    private sealed record MatrixTaskRow(TaskCatalogItem Task, List<MatrixPlacementRow> Placements);

    private sealed record MatrixPlacementRow(
        int? ArrangementId, string? ArrangementName, bool IsSuggestion, string? SuggestionReason, DateOnly? StartDate, DateOnly? EndDate);

    private sealed record PartnerRow(int ArrangementId, int MunicipalTaskId, string Code, string Name);
}
