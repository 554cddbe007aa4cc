using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Maps;

/// <summary>The maps as SVG files, to download, print or put in a council document.</summary>
internal static class MapEndpoints
{
    public static IEndpointRouteBuilder MapMapFiles(this IEndpointRouteBuilder endpoints)
    {
        var maps = endpoints.MapGroup("/kaart").ExcludeFromDescription();

        maps.MapGet("/gemeenten/{code}.svg", async (HttpContext context, MunicipalityQueries queries, MapGeometryCache cache, string code, CancellationToken cancellationToken) =>
        {
            var date = Peildatum.Parse(context.Request.Query[Peildatum.QueryName]) ?? Peildatum.Today(context);
            if (await queries.DetailAsync(code, date, cancellationToken) is not { } detail)
            {
                return Results.NotFound();
            }

            return await SvgAsync(cache, MapShading.SharedWith(
                $"Gemeenten naar het aantal samenwerkingsverbanden dat zij met {detail.Name} delen, op {Labels.Date(date)}", detail.Code, detail.SharedWith));
        });

        maps.MapGet("/samenwerkingsverbanden/{id:int}.svg", async (HttpContext context, ArrangementQueries queries, MapGeometryCache cache, int id, CancellationToken cancellationToken) =>
        {
            var today = Peildatum.Today(context);
            if (await queries.DetailAsync(id, cancellationToken) is not { } detail)
            {
                return Results.NotFound();
            }

            var members = detail.Participants
                .Where(p => p.IsActiveOn(today))
                .Select(p => p.MunicipalityCode).OfType<string>();
            return await SvgAsync(cache, MapShading.Members($"Deelnemende gemeenten van {detail.Name} op {Labels.Date(today)}", members));
        });

        maps.MapGet("/taken/{id:int}.svg", async (HttpContext context, TaskQueries queries, MapGeometryCache cache, int id, CancellationToken cancellationToken) =>
        {
            var date = Peildatum.Parse(context.Request.Query[Peildatum.QueryName]) ?? Peildatum.Today(context);
            if (await queries.DetailAsync(id, date, cancellationToken) is not { } detail)
            {
                return Results.NotFound();
            }

            var geometry = await cache.GetAsync();
            return await SvgAsync(cache, TaskMap.Shading(
                detail, $"Gemeenten naar het samenwerkingsverband waarin zij {detail.Name} op {Labels.Date(date)} hebben belegd", geometry?.Neighbours));
        });

        return endpoints;
    }

    private static async Task<IResult> SvgAsync(MapGeometryCache cache, MapShading shading) =>
        await cache.GetAsync() is { } geometry
            ? SvgMap.File(geometry, shading)
            : Results.Problem(title: "Geen kaart", detail: "Er zijn nog geen gemeentegrenzen ingelezen (./run.sh import grenzen <bestand>).", statusCode: StatusCodes.Status404NotFound);
}
