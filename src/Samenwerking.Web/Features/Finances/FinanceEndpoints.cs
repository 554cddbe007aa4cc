using Microsoft.AspNetCore.Authorization;
using Samenwerking.Web.Components.Shared;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.Web.Features.Finances;

/// <summary>
/// The workbooks to fill in: <c>/financien/gemeenten/GM0355.xlsx?van=2022&amp;tot=2027</c> and
/// <c>/financien/samenwerkingsverbanden/12.xlsx</c>. For editors only, and never cached: each download remembers the
/// register as it is at that moment, which the upload compares with.
/// </summary>
internal static class FinanceEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapFinanceWorkbooks(this IEndpointRouteBuilder endpoints)
    {
        var workbooks = endpoints.MapGroup("/financien")
            .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Editors })
            .ExcludeFromDescription();
        workbooks.MapGet("/gemeenten/{code}.xlsx", (HttpContext context, FinanceSheets sheets, string code, CancellationToken cancellationToken) =>
            SendAsync(context, sheets, SubjectKind.Gemeente, code, cancellationToken));
        workbooks.MapGet("/samenwerkingsverbanden/{id}.xlsx", (HttpContext context, FinanceSheets sheets, string id, CancellationToken cancellationToken) =>
            SendAsync(context, sheets, SubjectKind.Samenwerkingsverband, id, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> SendAsync(HttpContext context, FinanceSheets sheets, SubjectKind kind, string code, CancellationToken cancellationToken)
    {
        var (years, problem) = YearRange.Parse(context.Request.Query["van"], context.Request.Query["tot"], Peildatum.Today(context));
        if (years is null)
        {
            return Results.Problem(title: "Deze jaren passen niet in een werkblad", detail: problem, statusCode: StatusCodes.Status400BadRequest);
        }

        if (await sheets.WorkbookAsync(kind, code, years, cancellationToken) is not { } workbook)
        {
            return Results.NotFound();
        }

        var stream = new MemoryStream();
        await FinanceWorkbookWriter.WriteAsync(workbook, stream, cancellationToken);
        stream.Position = 0;
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(stream, Xlsx, workbook.Subject.FileName(years));
    }
}
