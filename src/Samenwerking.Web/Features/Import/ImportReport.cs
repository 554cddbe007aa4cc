namespace Samenwerking.Web.Features.Import;

/// <summary>What an import did: every regeling in one list, every skip and doubt with its reason.</summary>
public sealed class ImportReport
{
    public List<string> Added { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Ended { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<string> Skipped { get; } = [];

    /// <summary>Arrangements already in the register (entered by hand or seeded) that were linked to their regeling.</summary>
    public List<string> Linked { get; } = [];

    /// <summary>Possible matches an administrator should look at; the regeling was imported as a new arrangement.</summary>
    public List<string> Doubtful { get; } = [];

    /// <summary>Participants that name a municipality that no longer exists, kept as former municipalities.</summary>
    public SortedSet<string> FormerMunicipalities { get; } = new(StringComparer.Ordinal);

    /// <summary>Examples that were removed because the register now holds real data.</summary>
    public List<string> ExamplesRemoved { get; } = [];

    public List<string> Notes { get; } = [];

    /// <summary>How many task placements the import suggested anew (decision 0021).</summary>
    public int TaskSuggestionsAdded { get; set; }

    /// <summary>Current regelingen with municipal participants for which the rules recognised no task, with why.</summary>
    public List<string> WithoutTask { get; } = [];

    public IEnumerable<string> Lines()
    {
        yield return $"Toegevoegd: {Added.Count}, bijgewerkt: {Updated.Count}, beëindigd: {Ended.Count}, ongewijzigd: {Unchanged.Count}, overgeslagen: {Skipped.Count}.";
        yield return $"Voorgestelde taakplaatsingen: {TaskSuggestionsAdded} nieuw; regelingen zonder herkende taak: {WithoutTask.Count}.";
        foreach (var (title, items) in new[]
        {
            ("Toegevoegd", Added), ("Bijgewerkt", Updated), ("Beëindigd", Ended), ("Overgeslagen", Skipped),
            ("Gekoppeld aan een bestaand samenwerkingsverband", Linked), ("Twijfelachtig, controleer en koppel met de hand", Doubtful),
            ("Geen taak herkend (geen voorgestelde taakplaatsing)", WithoutTask), ("Opmerkingen", Notes), ("Voormalige gemeenten (bewaard en gemarkeerd)", FormerMunicipalities.ToList()),
            ("Voorbeelden verwijderd (het register bevat nu echte gegevens)", ExamplesRemoved),
        })
        {
            if (items.Count > 0)
            {
                yield return $"{title}:";
                foreach (var item in items)
                {
                    yield return $"  - {item}";
                }
            }
        }
    }
}
