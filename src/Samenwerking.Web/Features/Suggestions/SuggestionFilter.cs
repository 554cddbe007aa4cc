namespace Samenwerking.Web.Features.Suggestions;

/// <summary>Which suggestions to review: of one municipality's arrangements, of one kind, with a word in the reason.</summary>
public sealed record SuggestionFilter(string? MunicipalityCode = null, SuggestionKind? Kind = null, string? Reason = null);
