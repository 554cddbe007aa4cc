using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>A goal level the import proposes, with the reason an administrator reads before confirming it.</summary>
public sealed record GoalLevelSuggestion(GoalLevel GoalLevel, string Reason)
{
    private static readonly string[] StrategicWords =
        ["metropoolregio", "economic board", "regionale agenda", "strategie", "strategisch", "belangenbehartiging", "regiodeal", "samenwerkingsagenda"];

    private static readonly string[] OperationalWords =
        ["bedrijfsvoering", "ict", "inkoop", "belasting", "salaris", "personeel", "archief", "shared service", "uitvoeringsorganisatie"];

    /// <summary>Follows the three levels of docs: form first, then the policy areas, then words in title and purpose.</summary>
    public static GoalLevelSuggestion For(LegalForm form, IReadOnlyCollection<string> policyAreaCodes, string title, string? purpose)
    {
        if (form == LegalForm.Bedrijfsvoeringsorganisatie)
        {
            return new(GoalLevel.Operationeel, "Een bedrijfsvoeringsorganisatie voert gezamenlijke bedrijfsvoering uit.");
        }

        var text = $"{title} {purpose}".ToLowerInvariant();
        if (StrategicWords.FirstOrDefault(text.Contains) is { } strategic)
        {
            return new(GoalLevel.Strategisch, $"Titel of doel noemt '{strategic}': regionale strategie en belangenbehartiging.");
        }

        if (policyAreaCodes.Count > 0 && policyAreaCodes.All(code => code == "0"))
        {
            return new(GoalLevel.Operationeel, "Alleen beleidsterreinen van bestuur en bedrijfsvoering.");
        }

        if (OperationalWords.FirstOrDefault(text.Contains) is { } operational && !text.Contains("veiligheid", StringComparison.Ordinal))
        {
            return new(GoalLevel.Operationeel, $"Titel of doel noemt '{operational}': gezamenlijke bedrijfsvoering.");
        }

        return new(GoalLevel.Tactisch, policyAreaCodes.Count > 0
            ? "Samen uitvoeren van beleidstaken die voor één gemeente te groot of te complex zijn."
            : "Geen aanwijzing voor strategisch of operationeel: de meeste regelingen voeren samen taken uit.");
    }
}
