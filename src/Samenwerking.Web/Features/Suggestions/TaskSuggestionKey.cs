namespace Samenwerking.Web.Features.Suggestions;

/// <summary>A suggested task placement as the reviewer saw it: its id and its version (xmin) at that moment.</summary>
public sealed record TaskSuggestionKey(int PlacementId, uint Version);
