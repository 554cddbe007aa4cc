using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Data;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Maps;

/// <summary>
/// The projected municipality outlines, read and projected once (about 40 ms) instead of on every page. An import in
/// this process calls <see cref="Invalidate"/>; an import by another process (<c>./run.sh import grenzen</c> while the
/// app runs) is seen within <see cref="RecheckAfter"/>, when the cache compares the import time (decision 0013).
/// </summary>
public sealed class MapGeometryCache(IDbContextFactory<RegisterDbContext> contextFactory, TimeProvider clock)
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMinutes(5);

    private Task<Entry>? loading;

    /// <summary>The outlines, or null when no municipality boundaries have been imported.</summary>
    public async Task<MapGeometry?> GetAsync()
    {
        var current = Volatile.Read(ref loading);
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = LoadAsync(null);
            Volatile.Write(ref loading, current);
        }

        var entry = await current;
        if (clock.GetUtcNow() - entry.CheckedAt > RecheckAfter)
        {
            var recheck = LoadAsync(entry);
            Volatile.Write(ref loading, recheck);
            entry = await recheck;
        }

        return entry.Geometry;
    }

    public void Invalidate() => Volatile.Write(ref loading, null);

    /// <summary>Loads the outlines; with a previous entry, only when the boundaries were imported again since.</summary>
    private async Task<Entry> LoadAsync(Entry? previous)
    {
        await using var db = await contextFactory.CreateDbContextAsync();
        var boundaries = db.BoundarySets.AsNoTracking().Where(b => b.Kind == BoundaryKind.Gemeenten);
        if (previous is not null)
        {
            var importedAt = await boundaries.Select(b => (DateTimeOffset?)b.ImportedAt).SingleOrDefaultAsync();
            if (importedAt == previous.ImportedAt)
            {
                return previous with { CheckedAt = clock.GetUtcNow() };
            }
        }

        var set = await boundaries.Select(b => new { b.Format, b.Content, b.ImportedAt }).SingleOrDefaultAsync();
        return set is null
            ? new Entry(null, null, clock.GetUtcNow())
            : new Entry(MapGeometry.Parse(set.Format, set.Content), set.ImportedAt, clock.GetUtcNow());
    }

    private sealed record Entry(MapGeometry? Geometry, DateTimeOffset? ImportedAt, DateTimeOffset CheckedAt);
}
