using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Domain;
using Samenwerking.Web.Features.Arrangements;
using Samenwerking.Web.Features.Municipalities;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Web.Features.Exports;

/// <summary>Every list in the UI as CSV or Excel, with the same filters as the page (its query string).</summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/export").ExcludeFromDescription();

        exports.MapGet("/gemeenten.{format}", async (HttpContext context, MunicipalityQueries queries, string format, CancellationToken cancellationToken) =>
        {
            var items = await queries.ListAsync(context.Request.Query["q"], context.Request.Query["provincie"], Today(context), cancellationToken);
            return await SendAsync(context, format, new Table("Gemeenten", ["CBS-code", "Gemeente", "Provincie", "Samenwerkingsverbanden"],
                items.Select(m => new object?[] { m.Code, m.Name, m.Province, m.ArrangementCount }).ToList()), cancellationToken);
        });

        exports.MapGet("/samenwerkingsverbanden.{format}", async (HttpContext context, ArrangementQueries queries, string format, CancellationToken cancellationToken) =>
        {
            var filter = ArrangementFilter.FromQuery(name => context.Request.Query[name].FirstOrDefault());
            var items = await queries.AllAsync(filter, Today(context), cancellationToken);
            return await SendAsync(context, format, new Table("Samenwerkingsverbanden",
                ["Naam", "Korte naam", "Doel", "Rechtsvorm", "Groep verbonden partijen", "Vestigingsplaats", "Ingangsdatum", "Deelnemers", "Voorbeeld"],
                items.Select(a => new object?[]
                {
                    a.Name, a.ShortName, a.GoalLevel.Label(), a.LegalForm.FullLabel(), a.LegalForm.BbvGroup().Label(), a.Seat, a.StartDate,
                    a.ParticipantCount, a.IsExample,
                }).ToList()), cancellationToken);
        });

        exports.MapGet("/taken.{format}", async (HttpContext context, TaskQueries queries, string format, CancellationToken cancellationToken) =>
        {
            var items = await queries.ListAsync(Today(context), cancellationToken);
            return await SendAsync(context, format, new Table("Taken", ["Beleidsterrein", "Taakveld", "Taak", "Gemeenten die haar beleggen", "Samenwerkingsverbanden"],
                items.Select(t => new object?[] { $"{t.PolicyAreaCode} {t.PolicyArea}", t.Taakveld, t.Name, t.MunicipalityCount, t.ArrangementCount }).ToList()),
                cancellationToken);
        });

        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext context, string format, Table table, CancellationToken cancellationToken)
    {
        var file = $"{table.Name.ToLowerInvariant()}-{Today(context):yyyy-MM-dd}.{format}";
        var stream = new MemoryStream();
        switch (format)
        {
            case "csv":
                await table.WriteCsvAsync(stream, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, "text/csv; charset=utf-8", file);
            case "xlsx":
                await table.WriteXlsxAsync(stream, cancellationToken);
                stream.Position = 0;
                return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
            default:
                await stream.DisposeAsync();
                return Results.NotFound();
        }
    }

    private static DateOnly Today(HttpContext context) => Peildatum.Today(context.RequestServices.GetRequiredService<TimeProvider>());
}
