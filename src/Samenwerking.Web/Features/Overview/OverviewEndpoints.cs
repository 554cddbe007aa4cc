using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Features.Exports;

namespace Samenwerking.Web.Features.Overview;

/// <summary>The paragraaf verbonden partijen of a municipality as Excel, CSV or PDF, in the version and year the page shows.</summary>
internal static class OverviewEndpoints
{
    public static IEndpointRouteBuilder MapOverviewExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/gemeenten/{code}/verbonden-partijen.{format}", async (
            HttpContext context, OverviewQueries queries, string code, string format, CancellationToken cancellationToken) =>
        {
            var date = Peildatum.Parse(context.Request.Query[Peildatum.QueryName]) ?? Peildatum.Today(context);
            var choice = ParagraphChoice.Parse(context.Request.Query[ParagraphChoice.KindQueryName], context.Request.Query[ParagraphChoice.YearQueryName], date);
            if (await queries.OverviewAsync(code, date, choice, cancellationToken) is not { } overview)
            {
                return Results.NotFound();
            }

            var table = BbvExport.ToTable(overview);
            var fileName = BbvExport.FileName(overview);
            if (format != "pdf")
            {
                return await ExportEndpoints.SendAsync(context, format, table, cancellationToken, fileName);
            }

            return BbvExport.ToPdf(overview) is { } pdf
                ? Results.File(pdf, "application/pdf", ExportEndpoints.FileName(context, fileName, "pdf"))
                : Results.Problem(
                    title: "De PDF kan nu niet worden gemaakt",
                    detail: "Op de server ontbreekt een lettertype (Liberation Sans of DejaVu Sans). Download de paragraaf als Excel, of vraag de beheerder het pakket fonts-liberation te installeren.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
