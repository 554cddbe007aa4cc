namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>Validation messages by property path ("Memberships[2].CostSharePercentage"), for showing next to each field.</summary>
public sealed class FormErrors(IReadOnlyDictionary<string, string[]> errors)
{
    public static readonly FormErrors None = new(new Dictionary<string, string[]>());

    public bool Any => errors.Count > 0;

    public bool Has(string path) => errors.ContainsKey(path);

    public string? this[string path] => errors.TryGetValue(path, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>How many messages concern this part of the form (for a tab's title).</summary>
    public int CountUnder(string prefix) => errors.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Messages that belong to no single field.</summary>
    public IEnumerable<string> General(params string[] shownElsewhere) =>
        errors.Where(e => e.Key == "" || shownElsewhere.Contains(e.Key)).SelectMany(e => e.Value);
}
