namespace Samenwerking.Web.Hosting;

/// <summary>
/// A NUL character in the query string means nothing to any page or API and PostgreSQL refuses it in text: such a
/// request gets a 400 with a Dutch explanation (problem details for the API) instead of reaching a query and a 500.
/// Kestrel already refuses one in the path.
/// </summary>
public static class NulCharacters
{
    public const string Message = "Het adres bevat een ongeldig teken (NUL). Haal het weg en probeer het opnieuw.";

    public static IApplicationBuilder UseRejectNulCharacters(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.QueryString.HasValue || !context.Request.Query.Any(q => q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(title: Message, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Message);
    });
}
