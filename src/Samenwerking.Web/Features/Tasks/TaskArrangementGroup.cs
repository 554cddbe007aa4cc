namespace Samenwerking.Web.Features.Tasks;

/// <summary>The municipalities that placed the task in one arrangement: confirmed, or (<see cref="IsSuggestion"/>) only suggested.</summary>
public sealed record TaskArrangementGroup(int ArrangementId, string ArrangementName, IReadOnlyList<MunicipalityRef> Municipalities, bool IsSuggestion = false);
