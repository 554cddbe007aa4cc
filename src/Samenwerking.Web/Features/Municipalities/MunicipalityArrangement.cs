using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Municipalities;

/// <summary>
/// An arrangement as seen from one municipality: its partners and the tasks this municipality placed there; and
/// when the national register still names a former municipality that merged into this one, that municipality.
/// </summary>
public sealed record MunicipalityArrangement(
    int Id,
    string Name,
    string? ShortName,
    GoalLevel GoalLevel,
    LegalForm LegalForm,
    bool IsExample,
    int PartnerCount,
    IReadOnlyList<string> Tasks,
    string? NamedAsFormer = null,
    string? GoalLevelSuggestionReason = null);
