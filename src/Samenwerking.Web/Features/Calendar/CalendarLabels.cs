using System.Globalization;
using Samenwerking.Web.Domain.Calendar;

namespace Samenwerking.Web.Features.Calendar;

/// <summary>The Dutch words for the calendar's documents, deadlines and statuses.</summary>
public static class CalendarLabels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Document(PlanningDocumentKind kind, int year, int number) => kind switch
    {
        PlanningDocumentKind.Kaders => $"Kadernota {year} (algemene financiële en beleidsmatige kaders)",
        PlanningDocumentKind.VoorlopigeJaarrekening => $"Voorlopige jaarrekening {year}",
        PlanningDocumentKind.Ontwerpbegroting => $"Ontwerpbegroting {year}",
        PlanningDocumentKind.Begrotingswijziging => $"Begrotingswijziging {year}-{number}",
        PlanningDocumentKind.Begroting => $"Begroting {year} (vastgesteld)",
        PlanningDocumentKind.Jaarrekening => $"Jaarrekening {year}",
        PlanningDocumentKind.OntwerpRegeling => $"Ontwerp van wijziging, toe- of uittreding {year}-{number}",
        _ => kind.ToString(),
    };

    public static string Document(Deadline deadline) => Document(deadline.Document, deadline.Year, deadline.Number);

    /// <summary>What happens by the date, in a phrase that fits before the date.</summary>
    public static string What(Deadline deadline) => deadline.Kind switch
    {
        DeadlineKind.Toezending when deadline.IsStatutoryLatest => "Het bestuur zendt het stuk aan de raden, wettelijk uiterlijk",
        DeadlineKind.Toezending => "Verzonden aan de raden",
        DeadlineKind.Zienswijze when deadline.IsStatutoryLatest => "Zienswijze van de raad, termijn eindigt wettelijk uiterlijk",
        DeadlineKind.Zienswijze => "Zienswijze van de raad, termijn eindigt",
        DeadlineKind.NaarToezicht when deadline.IsStatutoryLatest => "Vastgesteld stuk naar de toezichthouder, wettelijk uiterlijk",
        DeadlineKind.NaarToezicht => "Vastgesteld stuk naar de toezichthouder verzonden",
        _ => deadline.Kind.ToString(),
    };

    /// <summary>"wettelijk uiterlijk" while the date is the law's, "vastgelegd" once it follows from a recorded date.</summary>
    public static string Basis(Deadline deadline) => deadline.IsStatutoryLatest ? "wettelijk uiterlijk" : "volgt uit vastgelegde datum";

    public static string Status(ZienswijzeStatus status) => status switch
    {
        ZienswijzeStatus.Gepland => "Gepland",
        ZienswijzeStatus.Gegeven => "Gegeven",
        ZienswijzeStatus.Geen => "Geen zienswijze",
        _ => status.ToString(),
    };

    public static string Status(ZienswijzeView? zienswijze) => zienswijze switch
    {
        null => "Nog niets vastgelegd",
        { Status: ZienswijzeStatus.Gepland } => $"Gepland voor de raad van {Date(zienswijze.MeetingOn)}",
        { Status: ZienswijzeStatus.Gegeven } => $"Gegeven op {Date(zienswijze.GivenOn)}" + (zienswijze.Reply is null ? "" : "; het bestuur heeft geantwoord"),
        _ => "Geen zienswijze",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Dutch) ?? "onbekend";

    public static string ShortDate(DateOnly date) => date.ToString("ddd d MMM yyyy", Dutch);

    /// <summary>The segment of a document in an address: kind, year and number.</summary>
    public static string Path(PlanningDocumentKind kind, int year, int number) => $"{kind.ToString().ToLowerInvariant()}/{year}/{number}";

    public static PlanningDocumentKind? ParseKind(string? text) =>
        Enum.TryParse<PlanningDocumentKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;
}
