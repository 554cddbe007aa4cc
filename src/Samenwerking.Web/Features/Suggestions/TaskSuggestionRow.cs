namespace Samenwerking.Web.Features.Suggestions;

/// <summary>
/// One suggested task placement: the task, the municipality, the arrangement and why; <see cref="AlsoSuggestedIn"/>
/// names the other arrangements where the same task is suggested for the municipality (confirming this one rejects those).
/// </summary>
public sealed record TaskSuggestionRow(
    TaskSuggestionKey Key,
    int ArrangementId,
    string ArrangementName,
    string TaskName,
    string MunicipalityName,
    string Reason,
    IReadOnlyList<string> AlsoSuggestedIn);
