using System.Globalization;

namespace Samenwerking.Web.Components.Shared;

/// <summary>The date an overview is seen as of (peildatum): from the query string, else today in the Netherlands.</summary>
public static class Peildatum
{
    public const string QueryName = "peildatum";

    private static readonly TimeZoneInfo Netherlands = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Netherlands).DateTime);

    /// <summary>Today for an endpoint, from the app's clock.</summary>
    public static DateOnly Today(HttpContext context) => Today(context.RequestServices.GetRequiredService<TimeProvider>());

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
