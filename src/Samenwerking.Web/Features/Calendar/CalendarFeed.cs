using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>
/// Writes the calendar as iCalendar (RFC 5545) with Ical.Net: one all-day event per deadline. An event's UID stays the
/// same for the same document and deadline whatever its date; its SEQUENCE is the document's revision, which rises
/// every time the sent date is recorded or moved, so a subscribed calendar replaces the event instead of adding one.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar";

    /// <summary>The feed covers the recent past and the coming year (RFC 5545 subscribers keep what they saw).</summary>
    public static (DateOnly From, DateOnly To) Window(DateOnly today) => (today.AddMonths(-3), today.AddYears(1).AddMonths(1));

    public static string Write(string name, string scope, IEnumerable<CalendarItem> items, Uri baseAddress, DateTimeOffset stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Samenwerking//Planning-en-controlcyclus//NL" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Amsterdam");
        foreach (var item in items)
        {
            var deadline = item.Deadline;
            var description = $"{CalendarLabels.What(deadline)} {CalendarLabels.Date(deadline.Date)} ({CalendarLabels.Basis(deadline)}; {deadline.Article})."
                + (item.SentOn is { } sent ? $" Verzonden op {CalendarLabels.Date(sent)}." : "")
                + (deadline.CouncilMayGiveZienswijze && item.Zienswijze is not null ? $" Zienswijze: {CalendarLabels.Status(item.Zienswijze)}." : "");
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{deadline.Key}-{item.ArrangementId}-{scope}@samenwerking",
                Sequence = item.Revision,
                Summary = $"{Short(deadline)}: {CalendarLabels.Document(deadline)} – {item.ArrangementName}",
                Description = description,
                DtStart = new CalDateTime(deadline.Date.Year, deadline.Date.Month, deadline.Date.Day),
                DtEnd = new CalDateTime(deadline.Date.AddDays(1).Year, deadline.Date.AddDays(1).Month, deadline.Date.AddDays(1).Day),
                DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
                Transparency = "TRANSPARENT",
                Url = new Uri(baseAddress, $"/samenwerkingsverbanden/{item.ArrangementId.ToString(CultureInfo.InvariantCulture)}/kalender"),
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Short(Deadline deadline) => deadline.Kind switch
    {
        DeadlineKind.Zienswijze => "Zienswijze uiterlijk",
        DeadlineKind.Toezending when deadline.IsStatutoryLatest => "Toezending uiterlijk",
        DeadlineKind.Toezending => "Verzonden",
        DeadlineKind.NaarToezicht when deadline.IsStatutoryLatest => "Naar toezichthouder uiterlijk",
        _ => "Naar toezichthouder",
    };
}
