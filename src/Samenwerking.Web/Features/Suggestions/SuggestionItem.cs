using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// One suggestion awaiting review: for a goal level the arrangement, for interests one participation (membership)
/// of a municipality in it. <see cref="Suggested"/> says what the register proposes, <see cref="Reason"/> why.
/// </summary>
public sealed record SuggestionItem(
    SuggestionKind Kind,
    int ArrangementId,
    string ArrangementName,
    LegalForm LegalForm,
    int? MembershipId,
    string? MunicipalityName,
    string Suggested,
    string Reason,
    GoalLevel? GoalLevel = null);
