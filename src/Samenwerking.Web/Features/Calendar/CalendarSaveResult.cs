namespace Samenwerking.Web.Features.Calendar;

/// <summary>The outcome of a calendar save: done, or the Dutch messages per field (key "" for the whole form).</summary>
public sealed record CalendarSaveResult(CalendarSaveOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Outcome == CalendarSaveOutcome.Saved;

    public static readonly CalendarSaveResult Saved = new(CalendarSaveOutcome.Saved, new Dictionary<string, string[]>());

    public static readonly CalendarSaveResult Forbidden = new(CalendarSaveOutcome.Forbidden,
        new Dictionary<string, string[]> { [""] = ["U mag het register niet wijzigen: daarvoor is de rol beheerder of redacteur nodig."] });

    public static readonly CalendarSaveResult Conflict = new(CalendarSaveOutcome.Conflict,
        new Dictionary<string, string[]> { [""] = ["Iemand anders heeft dit intussen gewijzigd. Laad de pagina opnieuw om de nieuwe gegevens te zien; er is niets opgeslagen."] });

    public static CalendarSaveResult Invalid(string field, string message) =>
        new(CalendarSaveOutcome.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static CalendarSaveResult Invalid(IDictionary<string, string[]> errors) => new(CalendarSaveOutcome.Invalid, errors.AsReadOnly());

    public IEnumerable<string> Messages => Errors.SelectMany(e => e.Value);
}

public enum CalendarSaveOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
}
