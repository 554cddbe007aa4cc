namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// What the register suggested: an arrangement's goal level, a participation's interests (verbonden partij), or a task
/// a municipality placed in the arrangement.
/// </summary>
public enum SuggestionKind
{
    GoalLevel,
    Interests,
    Task,
}
