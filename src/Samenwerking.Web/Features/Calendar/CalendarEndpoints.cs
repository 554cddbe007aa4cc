using Samenwerking.Web.Components.Shared;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>The iCalendar feeds: a stable address per municipality and per regeling that Outlook and phones subscribe to.</summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/kalender/gemeenten/{code}.ics", async (
            HttpContext context, CalendarQueries queries, TimeProvider clock, string code, CancellationToken cancellationToken) =>
        {
            var today = Peildatum.Today(clock);
            var (from, to) = CalendarFeed.Window(today);
            if (await queries.ForMunicipalityAsync(code, today, from, to, cancellationToken) is not { } calendar)
            {
                return Results.NotFound();
            }

            return Feed(context, clock, $"P&C-kalender {calendar.Name}", calendar.Code, calendar.Items);
        }).ExcludeFromDescription();

        endpoints.MapGet("/kalender/samenwerkingsverbanden/{id:int}.ics", async (
            HttpContext context, CalendarQueries queries, TimeProvider clock, int id, CancellationToken cancellationToken) =>
        {
            var today = Peildatum.Today(clock);
            var (from, to) = CalendarFeed.Window(today);
            if (await queries.ForArrangementAsync(id, today, from, to, cancellationToken) is not { } calendar)
            {
                return Results.NotFound();
            }

            return Feed(context, clock, $"P&C-kalender {calendar.Name}", "regeling", calendar.Items);
        }).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Feed(HttpContext context, TimeProvider clock, string name, string scope, IReadOnlyList<CalendarItem> items)
    {
        var baseAddress = new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
        var text = CalendarFeed.Write(name, scope, items, baseAddress, clock.GetUtcNow());
        return Results.Text(text, $"{CalendarFeed.ContentType}; charset=utf-8");
    }
}
