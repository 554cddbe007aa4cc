namespace Samenwerking.Web.Features.Suggestions;

/// <summary>What the register suggested: an arrangement's goal level, or a participation's interests (verbonden partij).</summary>
public enum SuggestionKind
{
    GoalLevel,
    Interests,
}
