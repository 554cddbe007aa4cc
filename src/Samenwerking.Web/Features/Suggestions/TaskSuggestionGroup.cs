namespace Samenwerking.Web.Features.Suggestions;

/// <summary>An arrangement with open task suggestions: how many, for how many municipalities, and which tasks.</summary>
public sealed record TaskSuggestionGroup(int ArrangementId, string ArrangementName, int Count, int MunicipalityCount, IReadOnlyList<string> Tasks);
