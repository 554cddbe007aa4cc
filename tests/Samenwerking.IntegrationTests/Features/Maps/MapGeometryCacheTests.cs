using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Testing;
using Samenwerking.Web.Data;
using Samenwerking.Web.Features.Arrangements.Editing;
using Samenwerking.Web.Features.Caching;
using Samenwerking.Web.Features.Maps;

namespace Samenwerking.IntegrationTests.Features.Maps;

/// <summary>The outlines are read once, and read again only when the register version moves and the boundaries changed.</summary>
public sealed class MapGeometryCacheTests(RegisterDatabase database) : RegisterTest(database)
{
    [Fact]
    public async Task Sees_an_import_once_the_register_version_moves_and_projects_again_only_when_the_boundaries_changed()
    {
        var cache = new MapGeometryCache(Database.GetService<IDbContextFactory<RegisterDbContext>>(), Database.App.Services.GetRequiredService<RegisterVersion>());
        Assert.Null(await cache.GetAsync());

        await Database.ImportBoundariesAsync();
        var geometry = await cache.GetAsync();
        Assert.Equal(342, geometry!.Areas.Count);

        Database.App.Commands.Reset();
        Assert.Same(geometry, await cache.GetAsync());
        Assert.Equal(0, Database.App.Commands.Count);

        // Another write moves the version: the cache checks the import time and keeps the outlines.
        var commands = Database.GetService<ArrangementCommands>();
        var id = await FirstArrangementAsync();
        var form = (await commands.LoadAsync(id, CancellationToken.None))!;
        form.Name += " (gewijzigd)";
        Assert.True((await commands.SaveAsync(form, await Database.EditorAsync(), CancellationToken.None)).Succeeded);
        Assert.Same(geometry, await cache.GetAsync());
    }

    private async Task<int> FirstArrangementAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Arrangements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
