namespace Samenwerking.Web.Features.Overview;

/// <summary>The outcome of saving the paragraph's texts: done, or the Dutch messages per field (key "" for the whole form).</summary>
public sealed record ParagraphSaveResult(ParagraphSaveOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Outcome == ParagraphSaveOutcome.Saved;

    public static readonly ParagraphSaveResult Saved = new(ParagraphSaveOutcome.Saved, new Dictionary<string, string[]>());

    public static readonly ParagraphSaveResult Forbidden = new(ParagraphSaveOutcome.Forbidden,
        new Dictionary<string, string[]> { [""] = ["U mag het register niet wijzigen: daarvoor is de rol beheerder of redacteur nodig."] });

    public static readonly ParagraphSaveResult Conflict = new(ParagraphSaveOutcome.Conflict,
        new Dictionary<string, string[]> { [""] = ["Iemand anders heeft deze teksten intussen gewijzigd. Laad de pagina opnieuw om de nieuwe teksten te zien; er is niets opgeslagen."] });

    public static ParagraphSaveResult Invalid(string field, string message) =>
        new(ParagraphSaveOutcome.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static ParagraphSaveResult Invalid(IDictionary<string, string[]> errors) => new(ParagraphSaveOutcome.Invalid, errors.AsReadOnly());

    public IEnumerable<string> Messages => Errors.SelectMany(e => e.Value);
}

public enum ParagraphSaveOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
}
