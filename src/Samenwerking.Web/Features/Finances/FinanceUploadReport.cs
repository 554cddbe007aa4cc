namespace Samenwerking.Web.Features.Finances;

/// <summary>What an upload did: what changed from what to what, or everything that stopped it, and notes worth a look.</summary>
public sealed class FinanceUploadReport(FinanceSubject? subject, UploadOutcome outcome)
{
    /// <summary>At most this many problems are listed: a workbook of the wrong kind would otherwise list every cell.</summary>
    public const int ListedProblems = 50;

    /// <summary>Whose workbook it was, once the file could be read.</summary>
    public FinanceSubject? Subject => subject;

    public UploadOutcome Outcome => outcome;

    public IReadOnlyList<UploadProblem> Problems { get; init; } = [];

    public IReadOnlyList<FigureChange> Changes { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Succeeded => Outcome is UploadOutcome.Saved or UploadOutcome.Unchanged;

    public string Summary => Outcome switch
    {
        UploadOutcome.Saved => $"Opgeslagen: {Changes.Count} {(Changes.Count == 1 ? "wijziging" : "wijzigingen")} in de cijfers van {Subject?.Description}.",
        UploadOutcome.Unchanged => "Niets gewijzigd: het werkblad bevat wat het register al had.",
        UploadOutcome.Conflict => "Niet opgeslagen: iemand anders wijzigde na uw download dezelfde cijfers. Er is niets opgeslagen, zodat niemands " +
            "werk ongemerkt wordt overschreven. Download het werkblad opnieuw (met de nieuwe cijfers), neem uw wijzigingen over en upload het.",
        UploadOutcome.Forbidden => "Niet opgeslagen: alleen beheerders en redacteuren mogen cijfers inlezen.",
        _ => $"Niet ingelezen: er is niets opgeslagen. {(Problems.Count == 1 ? "Eén melding" : $"{Problems.Count} meldingen")}; " +
            "verbeter het werkblad en upload het opnieuw.",
    };

    /// <summary>The report as lines of text, for the command line.</summary>
    public IEnumerable<string> Lines()
    {
        yield return Summary;
        foreach (var problem in Problems.Take(ListedProblems))
        {
            yield return $"  - {problem}";
        }

        if (Problems.Count > ListedProblems)
        {
            yield return $"  … en nog {Problems.Count - ListedProblems} meldingen.";
        }

        if (Changes.Count > 0)
        {
            yield return "Gewijzigd:";
            foreach (var change in Changes)
            {
                yield return $"  - {change}";
            }
        }

        if (Notes.Count > 0)
        {
            yield return "Let op:";
            foreach (var note in Notes)
            {
                yield return $"  - {note}";
            }
        }
    }

    public static FinanceUploadReport Refused(FinanceSubject? subject, string message) =>
        new(subject, UploadOutcome.Invalid) { Problems = [new UploadProblem(null, message)] };
}
