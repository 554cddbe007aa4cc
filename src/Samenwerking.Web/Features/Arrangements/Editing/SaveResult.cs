namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>The outcome of a save: the arrangement's id, or what stopped it, in Dutch.</summary>
public sealed record SaveResult(int? Id, IReadOnlyDictionary<string, string[]> Errors, SaveProblem Problem)
{
    public bool Succeeded => Problem == SaveProblem.None;

    public static SaveResult Saved(int id) => new(id, new Dictionary<string, string[]>(), SaveProblem.None);

    public static SaveResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, SaveProblem.Invalid);

    public static SaveResult Invalid(string message) => Invalid(new Dictionary<string, string[]> { [""] = [message] });

    public static readonly SaveResult Conflict = new(null, new Dictionary<string, string[]>(), SaveProblem.Conflict);

    public static readonly SaveResult Forbidden = new(null, new Dictionary<string, string[]>(), SaveProblem.Forbidden);

    public static readonly SaveResult Unavailable = new(null, new Dictionary<string, string[]>(), SaveProblem.Unavailable);

    public static readonly SaveResult NotFound = new(null, new Dictionary<string, string[]>(), SaveProblem.NotFound);
}
