namespace Samenwerking.Web.Components.Shared;

/// <summary>
/// The outcome of saving a form of the council's pages (the paragraph's texts, the calendar's documents and
/// zienswijzen): done, or the Dutch messages per field (key "" for the whole form), shown by
/// <see cref="FormProblems"/> above the form and <see cref="FieldProblems"/> under each field.
/// </summary>
public sealed record FormSaveResult(FormSaveOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Outcome == FormSaveOutcome.Saved;

    public IEnumerable<string> Messages => Errors.SelectMany(e => e.Value);

    public static readonly FormSaveResult Saved = new(FormSaveOutcome.Saved, new Dictionary<string, string[]>());

    public static readonly FormSaveResult Forbidden = new(FormSaveOutcome.Forbidden,
        new Dictionary<string, string[]> { [""] = ["U mag het register niet wijzigen: daarvoor is de rol beheerder of redacteur nodig."] });

    /// <summary>Someone else saved in between; <paramref name="message"/> says what changed and that nothing was saved.</summary>
    public static FormSaveResult Conflict(string message) => new(FormSaveOutcome.Conflict, new Dictionary<string, string[]> { [""] = [message] });

    public static FormSaveResult Invalid(string field, string message) =>
        new(FormSaveOutcome.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static FormSaveResult Invalid(IDictionary<string, string[]> errors) => new(FormSaveOutcome.Invalid, errors.AsReadOnly());
}

public enum FormSaveOutcome
{
    Saved,
    Invalid,
    Conflict,
    Forbidden,
}
