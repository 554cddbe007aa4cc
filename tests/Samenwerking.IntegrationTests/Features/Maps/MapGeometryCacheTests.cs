using Microsoft.EntityFrameworkCore;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Features.Maps;

namespace Samenwerking.IntegrationTests.Features.Maps;

/// <summary>The outlines are read once, and a boundaries import by another process is seen within the recheck time.</summary>
public sealed class MapGeometryCacheTests(RegisterDatabase database) : RegisterTest(database)
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Sees_an_import_by_another_process_after_the_recheck_time_and_not_before()
    {
        var clock = new ManualClock();
        // A cache of its own: the app's importer clears only the app's cache, as an import from the command line would not.
        var cache = new MapGeometryCache(Database.GetService<IDbContextFactory<RegisterDbContext>>(), clock);
        Assert.Null(await cache.GetAsync());

        await Database.ImportBoundariesAsync();

        clock.Now += MapGeometryCache.RecheckAfter - TimeSpan.FromSeconds(1);
        Assert.Null(await cache.GetAsync());

        clock.Now += TimeSpan.FromSeconds(2);
        var geometry = await cache.GetAsync();
        Assert.Equal(342, geometry!.Areas.Count);

        clock.Now += MapGeometryCache.RecheckAfter * 2;
        Assert.Same(geometry, await cache.GetAsync());
    }
}
