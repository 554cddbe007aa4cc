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
            var items = await queries.ListAsync(context.Request.Query["q"], context.Request.Query["provincie"], Peildatum.Today(context), cancellationToken);
            return await SendAsync(context, format, new Table("Gemeenten", ["CBS-code", "Gemeente", "Provincie", "Samenwerkingsverbanden"],
                items.Select(m => new object?[] { m.Code, m.Name, m.Province, m.ArrangementCount }).ToList()), cancellationToken);
        });

        exports.MapGet("/gemeenten/{code}.{format}", async (HttpContext context, MunicipalityQueries queries, string code, string format, CancellationToken cancellationToken) =>
        {
            var date = Peildatum.Parse(context.Request.Query[Peildatum.QueryName]) ?? Peildatum.Today(context);
            if (await queries.DetailAsync(code, date, cancellationToken) is not { } detail)
            {
                return Results.NotFound();
            }

            return await SendAsync(context, format, new Table($"{detail.Name} {date:yyyy-MM-dd}",
                ["Doel", "Samenwerkingsverband", "Rechtsvorm", "Partners", "Taken die de gemeente hier belegt"],
                detail.Arrangements.OrderBy(a => a.GoalLevel).Select(a => new object?[]
                {
                    a.GoalLevel.Label(), a.Name, a.LegalForm.FullLabel(), a.PartnerCount, string.Join(", ", a.Tasks),
                }).ToList()), cancellationToken);
        });

        exports.MapGet("/samenwerkingsverbanden.{format}", async (HttpContext context, ArrangementQueries queries, string format, CancellationToken cancellationToken) =>
        {
            var filter = ArrangementFilter.FromQuery(name => context.Request.Query[name].FirstOrDefault());
            var items = await queries.AllAsync(filter, Peildatum.Today(context), cancellationToken);
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
            var items = await queries.ListAsync(Peildatum.Today(context), cancellationToken);
            return await SendAsync(context, format, new Table("Taken", ["Beleidsterrein", "Taakveld", "Taak", "Gemeenten die haar beleggen", "Samenwerkingsverbanden"],
                items.Select(t => new object?[] { $"{t.PolicyAreaCode} {t.PolicyArea}", t.Taakveld, t.Name, t.MunicipalityCount, t.ArrangementCount }).ToList()),
                cancellationToken);
        });

        exports.MapGet("/taken/{id:int}.{format}", async (HttpContext context, TaskQueries queries, int id, string format, CancellationToken cancellationToken) =>
        {
            var date = Peildatum.Parse(context.Request.Query[Peildatum.QueryName]) ?? Peildatum.Today(context);
            if (await queries.DetailAsync(id, date, cancellationToken) is not { } detail)
            {
                return Results.NotFound();
            }

            var rows = detail.Arrangements.SelectMany(a => a.Municipalities.Select(m => new object?[]
                    { m.Code, m.Name, a.IsSuggestion ? $"{a.ArrangementName} (voorgesteld)" : a.ArrangementName }))
                .Concat(detail.KeptThemselves.Select(m => new object?[] { m.Code, m.Name, "voert de taak zelf uit" }))
                .Concat(detail.NothingRegistered.Select(m => new object?[] { m.Code, m.Name, "niets geregistreerd" }))
                .OrderBy(r => (string)r[1]!, StringComparer.CurrentCulture)
                .ToList();
            return await SendAsync(context, format, new Table($"{detail.Name} {date:yyyy-MM-dd}", ["CBS-code", "Gemeente", "Belegd in"], rows), cancellationToken);
        });

        return endpoints;
    }

    /// <summary>The table as a CSV or xlsx download named after it and today; 404 for any other format.</summary>
    internal static async Task<IResult> SendAsync(HttpContext context, string format, Table table, CancellationToken cancellationToken, string? fileName = null)
    {
        var file = FileName(context, fileName ?? table.Name, format);
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

    /// <summary>"verbonden-partijen-2026-2026-11-29.pdf": the name in lower case letters and digits, and today.</summary>
    internal static string FileName(HttpContext context, string name, string extension) =>
        $"{string.Concat(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'))}-{Peildatum.Today(context):yyyy-MM-dd}.{extension}";

}
